<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>falconry::ui::ComparePage</name>
        <message numerus="yes">
            <source>%n token(s), %1; both sides at %2 tokens/s</source>
            <translation>
                <numerusform>%n token, %1; both sides at %2 tokens/s</numerusform>
                <numerusform>%n tokens, %1; both sides at %2 tokens/s</numerusform>
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
        <name>falconry::ui::TrainPage</name>
        <message numerus="yes">
            <source>Starting %n local process(es); progress is read from the run's metrics.jsonl.</source>
            <translation>
                <numerusform>Starting %n local process; progress is read from the run's metrics.jsonl.</numerusform>
                <numerusform>Starting %n local processes; progress is read from the run's metrics.jsonl.</numerusform>
            </translation>
        </message>
    </context>
</TS>
