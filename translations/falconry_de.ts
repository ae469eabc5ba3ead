<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Falconry</source>
            <translation>Über Falconry</translation>
        </message>
        <message>
            <source>Fine-tune Falcon language models with LoRA and QLoRA on your own machine.</source>
            <translation>Falcon-Sprachmodelle mit LoRA und QLoRA auf dem eigenen Rechner feinabstimmen.</translation>
        </message>
        <message>
            <source>Engine: %1</source>
            <translation>Engine: %1</translation>
        </message>
        <message>
            <source>Licensed under the Apache License 2.0.</source>
            <translation>Lizenziert unter der Apache License 2.0.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Falconry</source>
            <translation>Falconry</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Choose a Falcon model: Falcon-7B, 7B-instruct, 40B, 40B-instruct, any Falcon folder on disk, a model in the Hugging Face cache or the bundled demo model. A memory planner will show what a run needs against what this machine has.</source>
            <translation>Wählen Sie ein Falcon-Modell: Falcon-7B, 7B-instruct, 40B, 40B-instruct, einen beliebigen Falcon-Ordner auf der Festplatte, ein Modell im Hugging-Face-Cache oder das mitgelieferte Demomodell. Ein Speicherplaner zeigt, was ein Lauf braucht und was dieser Rechner hat.</translation>
        </message>
        <message>
            <source>Import a dataset (CSV, TSV, JSON, JSONL), map its columns to roles, choose a prompt template, and see and edit every example exactly as the model will see it.</source>
            <translation>Importieren Sie einen Datensatz (CSV, TSV, JSON, JSONL), ordnen Sie seine Spalten Rollen zu, wählen Sie eine Prompt-Vorlage und sehen und bearbeiten Sie jedes Beispiel genau so, wie das Modell es sieht.</translation>
        </message>
        <message>
            <source>Train a LoRA or QLoRA adapter with presets, live loss charts, pause, resume and checkpoints.</source>
            <translation>Trainieren Sie einen LoRA- oder QLoRA-Adapter mit Voreinstellungen, Live-Verlustkurven, Pause, Fortsetzen und Checkpoints.</translation>
        </message>
        <message>
            <source>Chat with the base model and the tuned model side by side, the same prompt sent to both.</source>
            <translation>Chatten Sie mit dem Basismodell und dem feinabgestimmten Modell nebeneinander; derselbe Prompt geht an beide.</translation>
        </message>
        <message>
            <source>Save the adapter in PEFT format, export a merged model as a Hugging Face folder, or upload it to the Hugging Face Hub.</source>
            <translation>Speichern Sie den Adapter im PEFT-Format, exportieren Sie ein zusammengeführtes Modell als Hugging-Face-Ordner oder laden Sie es auf den Hugging Face Hub hoch.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Falconry</source>
            <translation>Ü&amp;ber Falconry</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>PlannedPage</name>
        <message>
            <source>This step is not available yet in this version of Falconry.</source>
            <translation>Dieser Schritt ist in dieser Version von Falconry noch nicht verfügbar.</translation>
        </message>
    </context>
</TS>
