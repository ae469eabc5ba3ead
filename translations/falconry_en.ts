<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>falconry::ui::AdapterMapDialog</name>
        <message numerus="yes">
            <source>%n module(s) in %1 layer(s); rank %2, alpha %3, scale %4%5.</source>
            <translation>
                <numerusform>%n module in %1 layer; rank %2, alpha %3, scale %4%5.</numerusform>
                <numerusform>%n modules in %1 layers; rank %2, alpha %3, scale %4%5.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mean similarity to the other adapter: %1 over %n module(s).</source>
            <translation>
                <numerusform>Mean similarity to the other adapter: %1 over %n module.</numerusform>
                <numerusform>Mean similarity to the other adapter: %1 over %n modules.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ComparePage</name>
        <message numerus="yes">
            <source>%n token(s), %1; both sides at %2 tokens/s</source>
            <translation>
                <numerusform>%n token, %1; both sides at %2 tokens/s</numerusform>
                <numerusform>%n tokens, %1; both sides at %2 tokens/s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n token(s), %1; at %2 tokens/s</source>
            <translation>
                <numerusform>%n token, %1; at %2 tokens/s</numerusform>
                <numerusform>%n tokens, %1; at %2 tokens/s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::DataPage</name>
        <message numerus="yes">
            <source>%n cell(s) changed</source>
            <translation>
                <numerusform>%n cell changed</numerusform>
                <numerusform>%n cells changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Data&lt;/b&gt; — %1 · %n row(s)</source>
            <translation>
                <numerusform>&lt;b&gt;Data&lt;/b&gt; — %1 · %n row</numerusform>
                <numerusform>&lt;b&gt;Data&lt;/b&gt; — %1 · %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Drop %n exact duplicate(s)</source>
            <translation>
                <numerusform>Drop %n exact duplicate</numerusform>
                <numerusform>Drop %n exact duplicates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Drop %n empty row(s)</source>
            <translation>
                <numerusform>Drop %n empty row</numerusform>
                <numerusform>Drop %n empty rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Generate %n row(s)</source>
            <translation>
                <numerusform>Generate %n row</numerusform>
                <numerusform>Generate %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accept %n generated row(s)</source>
            <translation>
                <numerusform>Accept %n generated row</numerusform>
                <numerusform>Accept %n generated rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reject %n generated row(s)</source>
            <translation>
                <numerusform>Reject %n generated row</numerusform>
                <numerusform>Reject %n generated rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n generated row(s)&lt;/b&gt; to review: accept keeps them, reject deletes them.</source>
            <translation>
                <numerusform>&lt;b&gt;%n generated row&lt;/b&gt; to review: accept keeps them, reject deletes them.</numerusform>
                <numerusform>&lt;b&gt;%n generated rows&lt;/b&gt; to review: accept keeps them, reject deletes them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ExamplesModel</name>
        <message numerus="yes">
            <source>Duplicate %n row(s)</source>
            <translation>
                <numerusform>Duplicate %n row</numerusform>
                <numerusform>Duplicate %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n row(s)</source>
            <translation>
                <numerusform>Delete %n row</numerusform>
                <numerusform>Delete %n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::GenerateDialog</name>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected row(s) are the examples. New questions of the same kind are written; any too close to a row of the dataset is dropped.</source>
            <translation>
                <numerusform>%n selected row are the examples. New questions of the same kind are written; any too close to a row of the dataset is dropped.</numerusform>
                <numerusform>%n selected rows are the examples. New questions of the same kind are written; any too close to a row of the dataset is dropped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“Preview” writes the first %n result(s) so you can adjust the recipe; “Generate” writes them all. Rows land in the table marked “generated”, as one step you can undo.</source>
            <translation>
                <numerusform>“Preview” writes the first %n result so you can adjust the recipe; “Generate” writes them all. Rows land in the table marked “generated”, as one step you can undo.</numerusform>
                <numerusform>“Preview” writes the first %n results so you can adjust the recipe; “Generate” writes them all. Rows land in the table marked “generated”, as one step you can undo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n model(s) on the server.</source>
            <translation>
                <numerusform>%n model on the server.</numerusform>
                <numerusform>%n models on the server.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n resumed</source>
            <translation>
                <numerusform>%n resumed</numerusform>
                <numerusform>%n resumed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dropped as near duplicates</source>
            <translation>
                <numerusform>%n dropped as near duplicates</numerusform>
                <numerusform>%n dropped as near duplicates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preview: %n row(s). Adjust the recipe, or press “Generate” for all of them.</source>
            <translation>
                <numerusform>Preview: %n row. Adjust the recipe, or press “Generate” for all of them.</numerusform>
                <numerusform>Preview: %n rows. Adjust the recipe, or press “Generate” for all of them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped: %n finished row(s) were added to the table.</source>
            <translation>
                <numerusform>Stopped: %n finished row were added to the table.</numerusform>
                <numerusform>Stopped: %n finished rows were added to the table.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %n row(s) were added to the table, marked “generated”.</source>
            <translation>
                <numerusform>Done: %n row were added to the table, marked “generated”.</numerusform>
                <numerusform>Done: %n rows were added to the table, marked “generated”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n finished row(s) are kept: resume when the problem is solved.</source>
            <translation>
                <numerusform>The %n finished row are kept: resume when the problem is solved.</numerusform>
                <numerusform>The %n finished rows are kept: resume when the problem is solved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ImportWizard</name>
        <message numerus="yes">
            <source>Read %n row(s) as %1 (%2), columns: %3.</source>
            <translation>
                <numerusform>Read %n row as %1 (%2), columns: %3.</numerusform>
                <numerusform>Read %n rows as %1 (%2), columns: %3.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::KnowledgePage</name>
        <message numerus="yes">
            <source>%n document(s), %1 passages.</source>
            <translation>
                <numerusform>%n document, %1 passages.</numerusform>
                <numerusform>%n documents, %1 passages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) added</source>
            <translation>
                <numerusform>%n document added</numerusform>
                <numerusform>%n documents added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed document(s) replaced</source>
            <translation>
                <numerusform>%n changed document replaced</numerusform>
                <numerusform>%n changed documents replaced</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be imported:</source>
            <translation>
                <numerusform>%n could not be imported:</numerusform>
                <numerusform>%n could not be imported:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ModelPage</name>
        <message numerus="yes">
            <source>about %n min</source>
            <translation>
                <numerusform>about %n min</numerusform>
                <numerusform>about %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ProbeTimeline</name>
        <message numerus="yes">
            <source>%n prompt(s) answered by %1 model(s); the answers took %2 in all</source>
            <translation>
                <numerusform>%n prompt answered by %1 model; the answers took %2 in all</numerusform>
                <numerusform>%n prompts answered by %1 models; the answers took %2 in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n prompt(s) answered by %1 model(s); the answers took %2 s in all</source>
            <translation>
                <numerusform>%n prompt answered by %1 model; the answers took %2 s in all</numerusform>
                <numerusform>%n prompts answered by %1 models; the answers took %2 s in all</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::QualityPanel</name>
        <message numerus="yes">
            <source>%n row(s) cut at max length %1</source>
            <translation>
                <numerusform>%n row cut at max length %1</numerusform>
                <numerusform>%n rows cut at max length %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n multi-turn</source>
            <translation>
                <numerusform> · %n multi-turn</numerusform>
                <numerusform> · %n multi-turn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) could not be rendered: %1</source>
            <translation>
                <numerusform>%n row could not be rendered: %1</numerusform>
                <numerusform>%n rows could not be rendered: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n row(s): %2</source>
            <translation>
                <numerusform>%1 — %n row: %2</numerusform>
                <numerusform>%1 — %n rows: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::RunTargetPanel</name>
        <message numerus="yes">
            <source>Each process trains on its share of every batch with %n thread(s) (%1 cores / %2). This pays off on machines with several GPUs or CPU sockets more than on a laptop.</source>
            <translation>
                <numerusform>Each process trains on its share of every batch with %n thread (%1 cores / %2). This pays off on machines with several GPUs or CPU sockets more than on a laptop.</numerusform>
                <numerusform>Each process trains on its share of every batch with %n threads (%1 cores / %2). This pays off on machines with several GPUs or CPU sockets more than on a laptop.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::StrategyCheckDialog</name>
        <message numerus="yes">
            <source>%n question(s) from %1.</source>
            <translation>
                <numerusform>%n question from %1.</numerusform>
                <numerusform>%n questions from %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Asking %1 (%n question(s) each)…</source>
            <translation>
                <numerusform>Asking %1 (%n question each)…</numerusform>
                <numerusform>Asking %1 (%n questions each)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n passage(s), fact %1 them</source>
            <translation>
                <numerusform>%n passage, fact %1 them</numerusform>
                <numerusform>%n passages, fact %1 them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s).</source>
            <translation>
                <numerusform>%n question.</numerusform>
                <numerusform>%n questions.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainLauncher</name>
        <message numerus="yes">
            <source>Starting %n local process(es); progress is read from the run's metrics.jsonl.</source>
            <translation>
                <numerusform>Starting %n local process; progress is read from the run's metrics.jsonl.</numerusform>
                <numerusform>Starting %n local processes; progress is read from the run's metrics.jsonl.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainPage</name>
        <message numerus="yes">
            <source>%n row(s) are longer than the max length.</source>
            <translation>
                <numerusform>%n row are longer than the max length.</numerusform>
                <numerusform>%n rows are longer than the max length.</numerusform>
            </translation>
        </message>
    </context>
</TS>
