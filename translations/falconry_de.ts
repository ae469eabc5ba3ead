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
        <name>CompareJob</name>
        <message>
            <source>Loading the model…</source>
            <translation>Modell wird geladen…</translation>
        </message>
        <message>
            <source>%1 tokens at %2 tokens/s</source>
            <translation>%1 Tokens mit %2 Tokens/s</translation>
        </message>
        <message>
            <source>Looking up the knowledge base…</source>
            <translation>Wissensbasis wird durchsucht…</translation>
        </message>
    </context>
    <context>
        <name>EngineError</name>
        <message>
            <source>Out of memory</source>
            <translation>Speicher erschöpft</translation>
        </message>
        <message>
            <source>Lower the maximum sequence length or the batch size, turn on gradient checkpointing, or load the base model in 4-bit NF4 (QLoRA). The Model page shows what each choice needs.</source>
            <translation>Verringern Sie die maximale Sequenzlänge oder die Batchgröße, aktivieren Sie Gradient Checkpointing oder laden Sie das Basismodell in 4-Bit-NF4 (QLoRA). Die Seite Modell zeigt, was jede Wahl braucht.</translation>
        </message>
        <message>
            <source>The system could not allocate the memory this step needs.</source>
            <translation>Das System konnte den für diesen Schritt nötigen Speicher nicht bereitstellen.</translation>
        </message>
        <message>
            <source>Settings cannot be used</source>
            <translation>Einstellungen nicht verwendbar</translation>
        </message>
        <message>
            <source>Check the model folder's config.json and the values on this page, then try again.</source>
            <translation>Prüfen Sie die config.json des Modellordners und die Werte auf dieser Seite und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Checkpoint or adapter unreadable</source>
            <translation>Checkpoint oder Adapter nicht lesbar</translation>
        </message>
        <message>
            <source>The file may be incomplete: choose another checkpoint, or train again from the start.</source>
            <translation>Die Datei ist möglicherweise unvollständig: Wählen Sie einen anderen Checkpoint oder trainieren Sie von vorn.</translation>
        </message>
        <message>
            <source>Tokenizer problem</source>
            <translation>Tokenizer-Problem</translation>
        </message>
        <message>
            <source>The model folder needs a tokenizer.json or tokenizer.model that matches the model.</source>
            <translation>Der Modellordner braucht eine zum Modell passende tokenizer.json oder tokenizer.model.</translation>
        </message>
        <message>
            <source>Dataset problem</source>
            <translation>Datensatz-Problem</translation>
        </message>
        <message>
            <source>Training stopped</source>
            <translation>Training abgebrochen</translation>
        </message>
        <message>
            <source>If the loss became NaN, lower the learning rate or the gradient clip; the last checkpoint can be resumed.</source>
            <translation>Wenn der Loss NaN wurde, senken Sie die Lernrate oder das Gradient Clipping; der letzte Checkpoint kann fortgesetzt werden.</translation>
        </message>
        <message>
            <source>Could not write a file</source>
            <translation>Datei konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Check that the disk has free space and that the folder is writable. Nothing was replaced.</source>
            <translation>Prüfen Sie, ob die Festplatte freien Platz hat und der Ordner beschreibbar ist. Nichts wurde ersetzt.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <source>Try again; if it happens again, report it with this message.</source>
            <translation>Versuchen Sie es erneut; wenn es wieder passiert, melden Sie es mit dieser Meldung.</translation>
        </message>
        <message>
            <source>An unknown error occurred in the engine.</source>
            <translation>In der Engine ist ein unbekannter Fehler aufgetreten.</translation>
        </message>
        <message>
            <source>Try again; if it happens again, report it with what you did.</source>
            <translation>Versuchen Sie es erneut; wenn es wieder passiert, melden Sie es mit dem, was Sie getan haben.</translation>
        </message>
        <message>
            <source>Open the file on the Data page (Import…), choose which column holds the prompt and which the answer, and train from there.</source>
            <translation>Öffnen Sie die Datei auf der Daten-Seite (Importieren…), wählen Sie, welche Spalte den Prompt und welche die Antwort enthält, und trainieren Sie von dort.</translation>
        </message>
        <message>
            <source>The dataset's columns are not mapped</source>
            <translation>Die Spalten des Datensatzes sind nicht zugeordnet</translation>
        </message>
        <message>
            <source>Falconry cannot tell which columns of %1 hold the prompt and the answer (columns: %2).</source>
            <translation>Falconry kann nicht erkennen, welche Spalten von %1 den Prompt und die Antwort enthalten (Spalten: %2).</translation>
        </message>
        <message>
            <source>No column holds the answers</source>
            <translation>Keine Spalte enthält die Antworten</translation>
        </message>
        <message>
            <source>No column of %1 is mapped to the answers the model should learn (columns: %2).</source>
            <translation>Keine Spalte von %1 ist den Antworten zugeordnet, die das Modell lernen soll (Spalten: %2).</translation>
        </message>
        <message>
            <source>Nothing to train on</source>
            <translation>Nichts zum Trainieren</translation>
        </message>
        <message>
            <source>Every row of %1 has an empty answer, so there is nothing for the model to learn.</source>
            <translation>Jede Zeile von %1 hat eine leere Antwort, also gibt es für das Modell nichts zu lernen.</translation>
        </message>
        <message>
            <source>Check the column mapped to the answers on the Data page.</source>
            <translation>Prüfen Sie auf der Daten-Seite die den Antworten zugeordnete Spalte.</translation>
        </message>
        <message>
            <source>Fix the row named above on the Data page, or choose another file.</source>
            <translation>Korrigieren Sie die oben genannte Zeile auf der Daten-Seite oder wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <source>The file is empty</source>
            <translation>Die Datei ist leer</translation>
        </message>
        <message>
            <source>%1 holds no examples: it is empty or has only blank lines.</source>
            <translation>%1 enthält keine Beispiele: Die Datei ist leer oder hat nur Leerzeilen.</translation>
        </message>
        <message>
            <source>Choose the file that holds your examples.</source>
            <translation>Wählen Sie die Datei, die Ihre Beispiele enthält.</translation>
        </message>
        <message>
            <source>Not a text file</source>
            <translation>Keine Textdatei</translation>
        </message>
        <message>
            <source>%1 holds binary data (a program, an image or an archive?), not examples as text.</source>
            <translation>%1 enthält Binärdaten (ein Programm, ein Bild oder ein Archiv?), keine Beispiele als Text.</translation>
        </message>
        <message>
            <source>Falconry reads examples from CSV, TSV, JSON, JSONL or plain text files. Choose one of those.</source>
            <translation>Falconry liest Beispiele aus CSV-, TSV-, JSON-, JSONL- oder Textdateien. Wählen Sie eine davon.</translation>
        </message>
        <message>
            <source>A record is far too long</source>
            <translation>Ein Datensatz ist viel zu lang</translation>
        </message>
        <message>
            <source>%1 holds a record longer than %2 MiB, so it is most likely not a dataset (or a quote is never closed).</source>
            <translation>%1 enthält einen Datensatz von mehr als %2 MiB; vermutlich ist es kein Datensatz (oder ein Anführungszeichen wird nie geschlossen).</translation>
        </message>
        <message>
            <source>Check that this is the file you meant; if it is a CSV file, look for an unclosed quote.</source>
            <translation>Prüfen Sie, ob dies die gemeinte Datei ist; bei einer CSV-Datei suchen Sie nach einem nicht geschlossenen Anführungszeichen.</translation>
        </message>
        <message>
            <source>The run folder is in use</source>
            <translation>Der Lauf-Ordner wird gerade verwendet</translation>
        </message>
        <message>
            <source>Another Falconry window or process is writing to %1 right now (%2).</source>
            <translation>Ein anderes Falconry-Fenster oder ein anderer Prozess schreibt gerade in %1 (%2).</translation>
        </message>
        <message>
            <source>Wait until it finishes, or stop it there; two runs cannot write to one folder.</source>
            <translation>Warten Sie, bis er fertig ist, oder stoppen Sie ihn dort; zwei Läufe können nicht in einen Ordner schreiben.</translation>
        </message>
        <message>
            <source>Training diverged</source>
            <translation>Das Training ist divergiert</translation>
        </message>
        <message>
            <source>The loss rose far above where it started, so the run was stopped before it got worse.</source>
            <translation>Der Verlust stieg weit über seinen Anfangswert, daher wurde der Lauf gestoppt, bevor es schlimmer wurde.</translation>
        </message>
        <message>
            <source>No checkpoint was written before that, so a resume starts again from the beginning.</source>
            <translation>Davor wurde kein Checkpoint geschrieben; ein Fortsetzen beginnt daher von vorn.</translation>
        </message>
        <message>
            <source>The checkpoint with the lowest loss is kept: %1.</source>
            <translation>Der Checkpoint mit dem niedrigsten Verlust bleibt erhalten: %1.</translation>
        </message>
        <message>
            <source>Lower the learning rate on this page (to about a quarter), select the run under "Runs" and press "Resume selected run": it continues from that checkpoint with the new rate.</source>
            <translation>Senken Sie die Lernrate auf dieser Seite (auf etwa ein Viertel), wählen Sie den Lauf unter „Läufe“ und drücken Sie „Ausgewählten Lauf fortsetzen“: Er geht von diesem Checkpoint mit der neuen Rate weiter.</translation>
        </message>
    </context>
    <context>
        <name>ExportJob</name>
        <message>
            <source>Copying %1</source>
            <translation>Kopiere %1</translation>
        </message>
        <message>
            <source>Adapter saved</source>
            <translation>Adapter gespeichert</translation>
        </message>
        <message>
            <source>Adapter saved to %1</source>
            <translation>Adapter gespeichert in %1</translation>
        </message>
        <message>
            <source>Loading the base model…</source>
            <translation>Lade das Basismodell…</translation>
        </message>
        <message>
            <source>Writing the merged model…</source>
            <translation>Schreibe das zusammengeführte Modell…</translation>
        </message>
        <message>
            <source>Merged model saved</source>
            <translation>Zusammengeführtes Modell gespeichert</translation>
        </message>
        <message>
            <source>Merged model saved to %1 (%2 LoRA layers folded in)</source>
            <translation>Zusammengeführtes Modell gespeichert in %1 (%2 LoRA-Schichten eingerechnet)</translation>
        </message>
        <message>
            <source>Writing tensor %1 of %2 (%3)</source>
            <translation>Schreibe Tensor %1 von %2 (%3)</translation>
        </message>
        <message>
            <source>GGUF saved to %1 (%2)</source>
            <translation>GGUF gespeichert in %1 (%2)</translation>
        </message>
        <message>
            <source>To run it in Ollama, open a terminal in %1 and type: ollama create %2 -f Modelfile</source>
            <translation>Um es in Ollama auszuführen, öffnen Sie ein Terminal in %1 und geben Sie ein: ollama create %2 -f Modelfile</translation>
        </message>
        <message>
            <source>GGUF saved</source>
            <translation>GGUF gespeichert</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <source>, page %1</source>
            <translation>, Seite %1</translation>
        </message>
        <message>
            <source>, line %1</source>
            <translation>, Zeile %1</translation>
        </message>
        <message>
            <source>Importing %1 (%2 of %3)…</source>
            <translation>%1 wird importiert (%2 von %3)…</translation>
        </message>
        <message>
            <source>Finishing…</source>
            <translation>Wird abgeschlossen…</translation>
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
        <message>
            <source>Working…</source>
            <translation>Arbeitet…</translation>
        </message>
        <message>
            <source>Training finished</source>
            <translation>Training beendet</translation>
        </message>
        <message>
            <source>&amp;Open Model Folder…</source>
            <translation>Modellordner &amp;öffnen…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Design</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>Dem &amp;System folgen</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <source>Memory: %1 used by Falconry, %2 free</source>
            <translation>Speicher: %1 von Falconry belegt, %2 frei</translation>
        </message>
        <message>
            <source>A training run is in progress. Quit anyway? The run stops; its last checkpoint can be resumed later.</source>
            <translation>Ein Trainingslauf ist im Gange. Trotzdem beenden? Der Lauf stoppt; sein letzter Checkpoint kann später fortgesetzt werden.</translation>
        </message>
        <message>
            <source>The engine is still working. Quit anyway?</source>
            <translation>Die Engine arbeitet noch. Trotzdem beenden?</translation>
        </message>
        <message>
            <source>Quit Falconry?</source>
            <translation>Falconry beenden?</translation>
        </message>
        <message>
            <source>Falconry demo model</source>
            <translation>Falconry-Demomodell</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>Demo</translation>
        </message>
        <message>
            <source>Start the &amp;Demo</source>
            <translation>&amp;Demo starten</translation>
        </message>
        <message>
            <source>This build of Falconry has no bundled demo model or dataset.</source>
            <translation>Dieser Build von Falconry enthält weder ein Demomodell noch einen Demodatensatz.</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Wissen</translation>
        </message>
        <message>
            <source>Demo: check that "customer_message" is the user and "agent_reply" the assistant (tick "These roles are right"), then train with the "Quick test" preset.</source>
            <translation>Demo: Prüfen Sie, dass „customer_message“ der Benutzer und „agent_reply“ der Assistent ist (Häkchen bei „Diese Rollen stimmen“), und trainieren Sie dann mit der Voreinstellung „Schnelltest“.</translation>
        </message>
    </context>
    <context>
        <name>MemoryPlan</name>
        <message>
            <source>Weights (NF4)</source>
            <translation>Gewichte (NF4)</translation>
        </message>
        <message>
            <source>Weights (bf16)</source>
            <translation>Gewichte (bf16)</translation>
        </message>
        <message>
            <source>LoRA</source>
            <translation>LoRA</translation>
        </message>
        <message>
            <source>Optimizer state</source>
            <translation>Optimiererzustand</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Aktivierungen</translation>
        </message>
        <message>
            <source>KV cache</source>
            <translation>KV-Cache</translation>
        </message>
        <message>
            <source>Runtime</source>
            <translation>Laufzeit</translation>
        </message>
    </context>
    <context>
        <name>ModelCatalogue</name>
        <message>
            <source>%1 has no config.json: choose the folder that holds config.json, the *.safetensors files and tokenizer.json.</source>
            <translation>%1 hat keine config.json: Wählen Sie den Ordner mit config.json, den *.safetensors-Dateien und tokenizer.json.</translation>
        </message>
        <message>
            <source>No *.safetensors weights in %1.</source>
            <translation>Keine *.safetensors-Gewichte in %1.</translation>
        </message>
        <message>
            <source>Only PyTorch .bin weights in %1; Falconry reads safetensors. Convert them or download the safetensors revision.</source>
            <translation>Nur PyTorch-.bin-Gewichte in %1; Falconry liest safetensors. Konvertieren Sie sie oder laden Sie die safetensors-Revision herunter.</translation>
        </message>
        <message>
            <source>No tokenizer.json or tokenizer.model in %1.</source>
            <translation>Keine tokenizer.json oder tokenizer.model in %1.</translation>
        </message>
    </context>
    <context>
        <name>ModelPage</name>
        <message>
            <source>%1 B</source>
            <translation>%1 Mrd.</translation>
        </message>
        <message>
            <source>%1 M</source>
            <translation>%1 Mio.</translation>
        </message>
        <message>
            <source>%1 k</source>
            <translation>%1 Tsd.</translation>
        </message>
    </context>
    <context>
        <name>PreferenceStore</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>StartCheck</name>
        <message>
            <source>With these settings (max length %1, batch size %2, %3) the run needs about %4 of memory, but %5 is free now: it would swap or be stopped by the system.</source>
            <translation>Mit diesen Einstellungen (max. Länge %1, Batchgröße %2, %3) braucht der Lauf etwa %4 Speicher, frei sind aber nur %5: Das System würde auslagern oder den Lauf beenden.</translation>
        </message>
        <message>
            <source>4-bit NF4 base</source>
            <translation>4-Bit-NF4-Basis</translation>
        </message>
        <message>
            <source>bf16 base</source>
            <translation>bf16-Basis</translation>
        </message>
        <message>
            <source>With a 4-bit NF4 base (QLoRA) it needs %1 and fits.</source>
            <translation>Mit einer 4-Bit-NF4-Basis (QLoRA) braucht er %1 und passt.</translation>
        </message>
        <message>
            <source>A shorter max length, a smaller batch or the "Low memory" preset need less.</source>
            <translation>Eine kürzere max. Länge, ein kleinerer Batch oder die Vorgabe „Wenig Speicher“ brauchen weniger.</translation>
        </message>
    </context>
    <context>
        <name>StrategyCheckJob</name>
        <message>
            <source>Loading the model…</source>
            <translation>Modell wird geladen…</translation>
        </message>
        <message>
            <source>%1 of %2 answers</source>
            <translation>%1 von %2 Antworten</translation>
        </message>
    </context>
    <context>
        <name>TrainJob</name>
        <message>
            <source>Paused at step %1.</source>
            <translation>Pausiert bei Schritt %1.</translation>
        </message>
        <message>
            <source>Run %1 after %2 steps, final loss %3.</source>
            <translation>Lauf %1 nach %2 Schritten, letzter Loss %3.</translation>
        </message>
        <message>
            <source>Eval loss %1.</source>
            <translation>Eval-Loss %1.</translation>
        </message>
        <message>
            <source>Probe answers took %1 s.</source>
            <translation>Die Antworten auf die Test-Prompts dauerten %1 s.</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>%1 TB</source>
            <translation>%1 TB</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 GB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 kB</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 Byte</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui</name>
        <message>
            <source>No such model on the Hub</source>
            <translation>Dieses Modell gibt es nicht auf dem Hub</translation>
        </message>
        <message>
            <source>Check the name (organisation/model, for example tiiuae/falcon-7b).</source>
            <translation>Prüfen Sie den Namen (Organisation/Modell, zum Beispiel tiiuae/falcon-7b).</translation>
        </message>
        <message>
            <source>This model needs its licence accepted</source>
            <translation>Für dieses Modell muss die Lizenz akzeptiert werden</translation>
        </message>
        <message>
            <source>Open the model's page on huggingface.co, accept the licence while signed in, then sign in here (Export page, Upload to the Hub…) with a token of that account.</source>
            <translation>Öffnen Sie die Seite des Modells auf huggingface.co, akzeptieren Sie dort angemeldet die Lizenz und melden Sie sich dann hier (Seite „Exportieren“, Auf den Hub hochladen…) mit einem Token dieses Kontos an.</translation>
        </message>
        <message>
            <source>Not signed in, or the token was refused</source>
            <translation>Nicht angemeldet, oder das Token wurde abgelehnt</translation>
        </message>
        <message>
            <source>Sign in with a Hugging Face access token (huggingface.co → Settings → Access Tokens).</source>
            <translation>Melden Sie sich mit einem Hugging-Face-Zugriffstoken an (huggingface.co → Settings → Access Tokens).</translation>
        </message>
        <message>
            <source>This account may not do that</source>
            <translation>Dieses Konto darf das nicht</translation>
        </message>
        <message>
            <source>Uploading needs a token with write access, to your own account or an organisation you belong to.</source>
            <translation>Zum Hochladen brauchen Sie ein Token mit Schreibzugriff auf Ihr eigenes Konto oder eine Organisation, der Sie angehören.</translation>
        </message>
        <message>
            <source>No connection to the Hugging Face Hub</source>
            <translation>Keine Verbindung zum Hugging Face Hub</translation>
        </message>
        <message>
            <source>Check the network (and a proxy, if you use one), then try again: what was downloaded is kept.</source>
            <translation>Prüfen Sie das Netzwerk (und gegebenenfalls den Proxy) und versuchen Sie es erneut: Bereits Heruntergeladenes bleibt erhalten.</translation>
        </message>
        <message>
            <source>The Hugging Face Hub is busy</source>
            <translation>Der Hugging Face Hub ist ausgelastet</translation>
        </message>
        <message>
            <source>Try again in a few minutes: what was downloaded is kept.</source>
            <translation>Versuchen Sie es in ein paar Minuten erneut: Bereits Heruntergeladenes bleibt erhalten.</translation>
        </message>
        <message>
            <source>Not enough disk space</source>
            <translation>Nicht genug Speicherplatz</translation>
        </message>
        <message>
            <source>Free some space and start again: the download continues where it stopped.</source>
            <translation>Geben Sie etwas Platz frei und starten Sie erneut: Der Download macht dort weiter, wo er aufgehört hat.</translation>
        </message>
        <message>
            <source>A downloaded file was damaged</source>
            <translation>Eine heruntergeladene Datei war beschädigt</translation>
        </message>
        <message>
            <source>The damaged file was deleted and nothing of it is used. Download again.</source>
            <translation>Die beschädigte Datei wurde gelöscht, nichts davon wird verwendet. Laden Sie sie erneut herunter.</translation>
        </message>
        <message>
            <source>Falconry cannot use this</source>
            <translation>Falconry kann das nicht verwenden</translation>
        </message>
        <message>
            <source>The server answered something unexpected</source>
            <translation>Der Server hat unerwartet geantwortet</translation>
        </message>
        <message>
            <source>Check HF_ENDPOINT if you set it; otherwise try again later.</source>
            <translation>Prüfen Sie HF_ENDPOINT, falls Sie es gesetzt haben; sonst versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Gestoppt</translation>
        </message>
        <message>
            <source>What was downloaded is kept; starting again continues from there.</source>
            <translation>Bereits Heruntergeladenes bleibt erhalten; ein neuer Start macht dort weiter.</translation>
        </message>
        <message>
            <source>The server did not accept the API key</source>
            <translation>Der Server hat den API-Schlüssel nicht akzeptiert</translation>
        </message>
        <message>
            <source>Enter the key the service gave you (it is kept in the system keychain). Local servers such as Ollama or llama.cpp need none: leave it empty.</source>
            <translation>Geben Sie den Schlüssel des Dienstes ein (er wird im Schlüsselbund des Systems gespeichert). Lokale Server wie Ollama oder llama.cpp brauchen keinen: leer lassen.</translation>
        </message>
        <message>
            <source>The API key may not use this model</source>
            <translation>Der API-Schlüssel darf dieses Modell nicht nutzen</translation>
        </message>
        <message>
            <source>Choose another model from the server's list, or use a key with access to this one.</source>
            <translation>Wählen Sie ein anderes Modell aus der Liste des Servers oder einen Schlüssel mit Zugriff auf dieses.</translation>
        </message>
        <message>
            <source>The server does not know this address or model</source>
            <translation>Der Server kennt diese Adresse oder dieses Modell nicht</translation>
        </message>
        <message>
            <source>The base URL ends in /v1, for example http://localhost:11434/v1. Press “List models” to see the models the server has.</source>
            <translation>Die Basis-URL endet auf /v1, zum Beispiel http://localhost:11434/v1. „Modelle auflisten“ zeigt die Modelle des Servers.</translation>
        </message>
        <message>
            <source>The server refused the request</source>
            <translation>Der Server hat die Anfrage abgelehnt</translation>
        </message>
        <message>
            <source>Fewer tokens per answer or another model may help; the server's reason is below.</source>
            <translation>Weniger Tokens pro Antwort oder ein anderes Modell können helfen; der Grund des Servers steht unten.</translation>
        </message>
        <message>
            <source>The server is limiting how fast requests may come</source>
            <translation>Der Server begrenzt, wie schnell Anfragen kommen dürfen</translation>
        </message>
        <message>
            <source>Wait a minute and resume: the rows finished so far are kept.</source>
            <translation>Warten Sie eine Minute und setzen Sie fort: die bisher fertigen Zeilen bleiben erhalten.</translation>
        </message>
        <message>
            <source>The server failed to answer</source>
            <translation>Der Server konnte nicht antworten</translation>
        </message>
        <message>
            <source>Try again later; the rows finished so far are kept.</source>
            <translation>Versuchen Sie es später erneut; die bisher fertigen Zeilen bleiben erhalten.</translation>
        </message>
        <message>
            <source>Could not reach the server</source>
            <translation>Der Server ist nicht erreichbar</translation>
        </message>
        <message>
            <source>Check the base URL and that the server is running (for Ollama: “ollama serve”).</source>
            <translation>Prüfen Sie die Basis-URL und ob der Server läuft (bei Ollama: „ollama serve“).</translation>
        </message>
        <message>
            <source>The server stopped answering midway</source>
            <translation>Der Server hat mitten in der Antwort aufgehört</translation>
        </message>
        <message>
            <source>The connection broke twice in a row. Try again; the rows finished so far are kept.</source>
            <translation>Die Verbindung ist zweimal hintereinander abgebrochen. Versuchen Sie es erneut; die bisher fertigen Zeilen bleiben erhalten.</translation>
        </message>
        <message>
            <source>The server does not speak the OpenAI chat protocol</source>
            <translation>Der Server spricht das OpenAI-Chat-Protokoll nicht</translation>
        </message>
        <message>
            <source>Check that the base URL points at an OpenAI-compatible API (ending in /v1).</source>
            <translation>Prüfen Sie, ob die Basis-URL auf eine OpenAI-kompatible API zeigt (endet auf /v1).</translation>
        </message>
        <message>
            <source>Generation was stopped</source>
            <translation>Die Erzeugung wurde angehalten</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::AdapterMapDialog</name>
        <message>
            <source>Adapter map</source>
            <translation>Adapter-Karte</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <source>Update size (norm of scale·B·A)</source>
            <translation>Update-Größe (Norm von scale·B·A)</translation>
        </message>
        <message>
            <source>Effective rank (how many directions it uses)</source>
            <translation>Effektiver Rang (wie viele Richtungen es nutzt)</translation>
        </message>
        <message>
            <source>Similarity to the other adapter (cosine)</source>
            <translation>Ähnlichkeit zum anderen Adapter (Kosinus)</translation>
        </message>
        <message>
            <source>Compare with…</source>
            <translation>Vergleichen mit…</translation>
        </message>
        <message>
            <source>Choose a second adapter of the same model: each cell then says how alike the two updates are (1 = the same direction, 0 = unrelated, -1 = opposite)</source>
            <translation>Einen zweiten Adapter desselben Modells wählen: Jede Zelle zeigt dann, wie ähnlich sich die beiden Updates sind (1 = dieselbe Richtung, 0 = unabhängig, -1 = entgegengesetzt)</translation>
        </message>
        <message>
            <source>No comparison</source>
            <translation>Kein Vergleich</translation>
        </message>
        <message>
            <source>Each cell is one LoRA module: a darker cell changed its layer more. The effective rank says how many independent directions of the rank r the update really uses. Hover a cell for its figures.</source>
            <translation>Jede Zelle ist ein LoRA-Modul: Eine dunklere Zelle hat ihre Schicht stärker verändert. Der effektive Rang gibt an, wie viele unabhängige Richtungen des Rangs r das Update wirklich nutzt. Zeigen Sie mit der Maus auf eine Zelle, um ihre Werte zu sehen.</translation>
        </message>
        <message>
            <source>Adapter: %1</source>
            <translation>Adapter: %1</translation>
        </message>
        <message>
            <source>Adapter: %1
Compared with: %2</source>
            <translation>Adapter: %1
Verglichen mit: %2</translation>
        </message>
        <message>
            <source>Adapter to compare with</source>
            <translation>Adapter zum Vergleichen</translation>
        </message>
        <message>
            <source>This adapter cannot be shown: %1</source>
            <translation>Dieser Adapter kann nicht angezeigt werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s) in %1 layer(s); rank %2, alpha %3, scale %4%5.</source>
            <translation>
                <numerusform>%n Modul in %1 Schicht; Rang %2, alpha %3, Skalierung %4%5.</numerusform>
                <numerusform>%n Module in %1 Schicht(en); Rang %2, alpha %3, Skalierung %4%5.</numerusform>
            </translation>
        </message>
        <message>
            <source> (rsLoRA: alpha / √r)</source>
            <translation> (rsLoRA: alpha / √r)</translation>
        </message>
        <message>
            <source>The largest update is layer %1's %2 (norm %3).</source>
            <translation>Das größte Update hat %2 in Schicht %1 (Norm %3).</translation>
        </message>
        <message numerus="yes">
            <source>Mean similarity to the other adapter: %1 over %n module(s).</source>
            <translation>
                <numerusform>Mittlere Ähnlichkeit zum anderen Adapter: %1 über %n Modul.</numerusform>
                <numerusform>Mittlere Ähnlichkeit zum anderen Adapter: %1 über %n Module.</numerusform>
            </translation>
        </message>
        <message>
            <source>The other adapter shares no module with this one.</source>
            <translation>Der andere Adapter hat kein Modul mit diesem gemeinsam.</translation>
        </message>
        <message>
            <source>Reading the adapter and measuring its updates…</source>
            <translation>Lese den Adapter und messe seine Updates…</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::AdapterMapView</name>
        <message>
            <source>Layer %1, %2: no adapter on this module</source>
            <translation>Schicht %1, %2: kein Adapter auf diesem Modul</translation>
        </message>
        <message>
            <source>%1
Layer %2, %3
Update size (Frobenius norm of scale·B·A): %4
Effective rank: %5 of %6</source>
            <translation>%1
Schicht %2, %3
Update-Größe (Frobenius-Norm von scale·B·A): %4
Effektiver Rang: %5 von %6</translation>
        </message>
        <message>
            <source>Similarity to the other adapter (cosine): %1</source>
            <translation>Ähnlichkeit zum anderen Adapter (Kosinus): %1</translation>
        </message>
        <message>
            <source>Similarity: the other adapter has no update here</source>
            <translation>Ähnlichkeit: Der andere Adapter hat hier kein Update</translation>
        </message>
        <message>
            <source>No adapter to show.</source>
            <translation>Kein Adapter zum Anzeigen.</translation>
        </message>
        <message>
            <source>layer %1</source>
            <translation>Schicht %1</translation>
        </message>
        <message>
            <source>update size</source>
            <translation>Update-Größe</translation>
        </message>
        <message>
            <source>effective rank</source>
            <translation>effektiver Rang</translation>
        </message>
        <message>
            <source>cosine similarity</source>
            <translation>Kosinus-Ähnlichkeit</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ChatPane</name>
        <message>
            <source>You: %1

Model: %2

</source>
            <translation>Sie: %1

Modell: %2

</translation>
        </message>
        <message>
            <source>You: %1

Model: %2
</source>
            <translation>Sie: %1

Modell: %2
</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Sie</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Passage [%1]</source>
            <translation>Passage [%1]</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Quelle: %1</translation>
        </message>
        <message>
            <source>From the knowledge base:</source>
            <translation>Aus der Wissensbasis:</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ComparePage</name>
        <message>
            <source>What to compare</source>
            <translation>Was verglichen wird</translation>
        </message>
        <message>
            <source>PEFT folder…</source>
            <translation>PEFT-Ordner…</translation>
        </message>
        <message>
            <source>Any PEFT LoRA adapter folder (adapter_config.json + adapter_model.safetensors)</source>
            <translation>Beliebiger PEFT-LoRA-Adapterordner (adapter_config.json + adapter_model.safetensors)</translation>
        </message>
        <message>
            <source>Adapter:</source>
            <translation>Adapter:</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Vorlage:</translation>
        </message>
        <message>
            <source>Blind mode (shuffle sides, vote)</source>
            <translation>Blindmodus (Seiten mischen, abstimmen)</translation>
        </message>
        <message>
            <source>Hide which side is tuned; vote for the better answer. Votes are saved as preference data.</source>
            <translation>Verbirgt, welche Seite feinabgestimmt ist; stimmen Sie für die bessere Antwort. Stimmen werden als Präferenzdaten gespeichert.</translation>
        </message>
        <message>
            <source>0 = always the most likely token (greedy); 0.7 is a common choice; above 1 rambles</source>
            <translation>0 = immer das wahrscheinlichste Token (greedy); 0,7 ist üblich; über 1 schweift ab</translation>
        </message>
        <message>
            <source>Sample from the smallest set of tokens whose probabilities add up to this. 0.9–0.95</source>
            <translation>Aus der kleinsten Tokenmenge ziehen, deren Wahrscheinlichkeiten diesen Wert erreichen. 0,9–0,95</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>Sample from this many most likely tokens. 20–100; off = no limit</source>
            <translation>Aus so vielen wahrscheinlichsten Tokens ziehen. 20–100; aus = keine Grenze</translation>
        </message>
        <message>
            <source>Above 1 discourages repeating tokens. 1.0–1.2</source>
            <translation>Über 1 bremst wiederholte Tokens. 1,0–1,2</translation>
        </message>
        <message>
            <source>Temperature:</source>
            <translation>Temperatur:</translation>
        </message>
        <message>
            <source>Top-p:</source>
            <translation>Top-p:</translation>
        </message>
        <message>
            <source>Top-k:</source>
            <translation>Top-k:</translation>
        </message>
        <message>
            <source>Max new tokens:</source>
            <translation>Max. neue Tokens:</translation>
        </message>
        <message>
            <source>Repetition penalty:</source>
            <translation>Wiederholungsstrafe:</translation>
        </message>
        <message>
            <source>A is better</source>
            <translation>A ist besser</translation>
        </message>
        <message>
            <source>Tie</source>
            <translation>Unentschieden</translation>
        </message>
        <message>
            <source>B is better</source>
            <translation>B ist besser</translation>
        </message>
        <message>
            <source>Type a message for both models (Ctrl+Enter sends)</source>
            <translation>Nachricht für beide Modelle eingeben (Strg+Eingabe sendet)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy both conversations</source>
            <translation>Beide Unterhaltungen kopieren</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>Neue Unterhaltung beginnen</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>gestoppt</translation>
        </message>
        <message>
            <source>Current run: final adapter (%1)</source>
            <translation>Aktueller Lauf: finaler Adapter (%1)</translation>
        </message>
        <message>
            <source>Current run: checkpoint %1</source>
            <translation>Aktueller Lauf: Checkpoint %1</translation>
        </message>
        <message>
            <source>Choose a PEFT adapter folder</source>
            <translation>PEFT-Adapterordner wählen</translation>
        </message>
        <message>
            <source>Not an adapter folder</source>
            <translation>Kein Adapterordner</translation>
        </message>
        <message>
            <source>%1 has no adapter_config.json. A PEFT LoRA adapter folder holds adapter_config.json and adapter_model.safetensors.</source>
            <translation>%1 enthält keine adapter_config.json. Ein PEFT-LoRA-Adapterordner enthält adapter_config.json und adapter_model.safetensors.</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>one of the two models</source>
            <translation>eines der beiden Modelle</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>the other model</source>
            <translation>das andere Modell</translation>
        </message>
        <message>
            <source>no model chosen</source>
            <translation>kein Modell gewählt</translation>
        </message>
        <message>
            <source>%1 + %2</source>
            <translation>%1 + %2</translation>
        </message>
        <message>
            <source>Choose a model in the Model step first.</source>
            <translation>Wählen Sie zuerst im Schritt Modell ein Modell.</translation>
        </message>
        <message>
            <source>The engine is busy (training?). Wait or stop it first.</source>
            <translation>Die Engine ist beschäftigt (Training?). Warten Sie oder stoppen Sie sie zuerst.</translation>
        </message>
        <message>
            <source>Which answer is better?</source>
            <translation>Welche Antwort ist besser?</translation>
        </message>
        <message>
            <source>Nothing to vote on yet.</source>
            <translation>Noch nichts zum Abstimmen.</translation>
        </message>
        <message>
            <source>tuned</source>
            <translation>feinabgestimmt</translation>
        </message>
        <message>
            <source>base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Tie noted (not written: preference data needs a winner). A was %1, B was %2.</source>
            <translation>Unentschieden vermerkt (nicht gespeichert: Präferenzdaten brauchen einen Gewinner). A war %1, B war %2.</translation>
        </message>
        <message>
            <source>Vote saved (%1 in %2). A was %3, B was %4.</source>
            <translation>Stimme gespeichert (%1 in %2). A war %3, B war %4.</translation>
        </message>
        <message>
            <source>answer complete</source>
            <translation>Antwort vollständig</translation>
        </message>
        <message>
            <source>cut at the token limit (raise "Max new tokens")</source>
            <translation>am Token-Limit abgeschnitten („Max. neue Tokens“ erhöhen)</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s), %1; both sides at %2 tokens/s</source>
            <translation>
                <numerusform>%n Token, %1; beide Seiten mit %2 Tokens/s</numerusform>
                <numerusform>%n Tokens, %1; beide Seiten mit %2 Tokens/s</numerusform>
            </translation>
        </message>
        <message>
            <source>As trained</source>
            <translation>Wie trainiert</translation>
        </message>
        <message>
            <source>How a conversation is written for the model. "As trained" uses the template and mapping of the run the adapter comes from (or the Data page's), exactly as training did.</source>
            <translation>Wie ein Gespräch für das Modell geschrieben wird. „Wie trainiert“ nimmt Vorlage und Zuordnung des Laufs, aus dem der Adapter stammt (oder die der Daten-Seite), genau wie beim Training.</translation>
        </message>
        <message>
            <source>stopped (not part of the conversation)</source>
            <translation>gestoppt (nicht Teil des Gesprächs)</translation>
        </message>
        <message>
            <source>None: the base model answers alone</source>
            <translation>Keiner: nur das Basismodell antwortet</translation>
        </message>
        <message>
            <source>no adapter yet: train one on the Train page, or choose a PEFT folder</source>
            <translation>noch kein Adapter: auf der Seite „Trainieren“ einen trainieren oder einen PEFT-Ordner wählen</translation>
        </message>
        <message>
            <source>Prompts are written with the template %1.</source>
            <translation>Prompts werden mit der Vorlage %1 geschrieben.</translation>
        </message>
        <message>
            <source>Prompts are written as run %1 was trained: template %2.</source>
            <translation>Prompts werden so geschrieben, wie Lauf %1 trainiert wurde: Vorlage %2.</translation>
        </message>
        <message>
            <source>No adapter is chosen: only the base model answers.</source>
            <translation>Kein Adapter gewählt: nur das Basismodell antwortet.</translation>
        </message>
        <message>
            <source>Send to both models (Ctrl+Enter)</source>
            <translation>An beide Modelle senden (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Blind mode needs two models: choose an adapter first.</source>
            <translation>Der Blindmodus braucht zwei Modelle: zuerst einen Adapter wählen.</translation>
        </message>
        <message>
            <source>The template cannot write this conversation: %1</source>
            <translation>Die Vorlage kann dieses Gespräch nicht schreiben: %1</translation>
        </message>
        <message>
            <source>no adapter chosen: only the base model answered</source>
            <translation>kein Adapter gewählt: nur das Basismodell hat geantwortet</translation>
        </message>
        <message>
            <source>Left:</source>
            <translation>Links:</translation>
        </message>
        <message>
            <source>Right:</source>
            <translation>Rechts:</translation>
        </message>
        <message>
            <source>The knowledge base is empty: add documents on the Knowledge page first.</source>
            <translation>Die Wissensbasis ist leer: Fügen Sie zuerst auf der Seite „Wissen“ Dokumente hinzu.</translation>
        </message>
        <message>
            <source>The left side is set to the tuned model: choose an adapter first.</source>
            <translation>Links ist das angepasste Modell eingestellt: Wählen Sie zuerst einen Adapter.</translation>
        </message>
        <message>
            <source>4-bit weights for chat</source>
            <translation>4-Bit-Gewichte für den Chat</translation>
        </message>
        <message>
            <source>Answer from the model's weights quantized to 4 bits (NF4, as QLoRA holds them): about a quarter of the memory and faster answers on a CPU; the text can differ a little from the full weights'. Both sides share the one 4-bit copy. On by default for models of a billion parameters or more.</source>
            <translation>Antworten aus den auf 4 Bit quantisierten Gewichten des Modells (NF4, wie QLoRA sie hält): etwa ein Viertel des Speichers und schnellere Antworten auf einer CPU; der Text kann leicht von dem der vollen Gewichte abweichen. Beide Seiten teilen sich die eine 4-Bit-Kopie. Standardmäßig an bei Modellen ab einer Milliarde Parametern.</translation>
        </message>
        <message>
            <source>The answers come from one 4-bit (NF4) copy of the weights.</source>
            <translation>Die Antworten kommen aus einer 4-Bit-Kopie (NF4) der Gewichte.</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s), %1; at %2 tokens/s</source>
            <translation>
                <numerusform>%n Token, %1; mit %2 Tokens/s</numerusform>
                <numerusform>%n Tokens, %1; mit %2 Tokens/s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::CompareSideChooser</name>
        <message>
            <source>Base model</source>
            <translation>Basismodell</translation>
        </message>
        <message>
            <source>Tuned model</source>
            <translation>Angepasstes Modell</translation>
        </message>
        <message>
            <source>with the knowledge base</source>
            <translation>mit der Wissensbasis</translation>
        </message>
        <message>
            <source>Put the passages of the knowledge base that match the message in front of it, numbered, and ask for an answer that cites them</source>
            <translation>Die zur Nachricht passenden Passagen der Wissensbasis nummeriert davorstellen und um eine Antwort bitten, die sie zitiert</translation>
        </message>
        <message>
            <source>Tuned model + knowledge base</source>
            <translation>Angepasstes Modell + Wissensbasis</translation>
        </message>
        <message>
            <source>Base model + knowledge base</source>
            <translation>Basismodell + Wissensbasis</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::DataPage</name>
        <message>
            <source>Edit %1</source>
            <translation>%1 bearbeiten</translation>
        </message>
        <message>
            <source>&lt;h3&gt;No dataset yet&lt;/h3&gt;&lt;p&gt;Import a CSV, TSV, JSON, JSONL or text file — or drop one on the window. Falconry detects its format, lets you map its columns to roles and shows every example exactly as the model will see it.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Noch kein Datensatz&lt;/h3&gt;&lt;p&gt;Importieren Sie eine CSV-, TSV-, JSON-, JSONL- oder Textdatei – oder ziehen Sie sie auf das Fenster. Falconry erkennt ihr Format, lässt Sie ihre Spalten Rollen zuordnen und zeigt jedes Beispiel genau so, wie das Modell es sehen wird.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Import a dataset…</source>
            <translation>Datensatz importieren…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Data&lt;/b&gt; — no dataset open</source>
            <translation>&lt;b&gt;Daten&lt;/b&gt; – kein Datensatz geöffnet</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Open project…</source>
            <translation>Projekt öffnen…</translation>
        </message>
        <message>
            <source>Open a dataset project</source>
            <translation>Datensatzprojekt öffnen</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Projekt öffnen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Export the dataset</source>
            <translation>Datensatz exportieren</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
            <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Zeile hinzufügen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplizieren</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Find &amp;&amp; replace…</source>
            <translation>Suchen &amp;&amp; ersetzen…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Filter rows by text</source>
            <translation>Zeilen nach Text filtern</translation>
        </message>
        <message>
            <source>Regex</source>
            <translation>Regex</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>Alle Zeilen</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspektor</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>Find and replace</source>
            <translation>Suchen und ersetzen</translation>
        </message>
        <message>
            <source>Regular expression (\1 in the replacement is a captured group)</source>
            <translation>Regulärer Ausdruck (\1 in der Ersetzung ist eine erfasste Gruppe)</translation>
        </message>
        <message>
            <source>All columns</source>
            <translation>Alle Spalten</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Suchen:</translation>
        </message>
        <message>
            <source>Replace with:</source>
            <translation>Ersetzen durch:</translation>
        </message>
        <message>
            <source>In:</source>
            <translation>In:</translation>
        </message>
        <message>
            <source>Replace all</source>
            <translation>Alle ersetzen</translation>
        </message>
        <message>
            <source>Invalid regular expression: %1</source>
            <translation>Ungültiger regulärer Ausdruck: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) changed</source>
            <translation>
                <numerusform>%n Zelle geändert</numerusform>
                <numerusform>%n Zellen geändert</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>Nothing was read.</source>
            <translation>Es wurde nichts gelesen.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Data&lt;/b&gt; — %1 · %n row(s)</source>
            <translation>
                <numerusform>&lt;b&gt;Daten&lt;/b&gt; – %1 · %n Zeile</numerusform>
                <numerusform>&lt;b&gt;Daten&lt;/b&gt; – %1 · %n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Select a row to see it as the model does.</source>
            <translation>Wählen Sie eine Zeile, um sie so zu sehen, wie das Modell sie sieht.</translation>
        </message>
        <message>
            <source>Row %1 cannot be rendered: %2</source>
            <translation>Zeile %1 kann nicht dargestellt werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>Drop %n exact duplicate(s)</source>
            <translation>
                <numerusform>%n exaktes Duplikat entfernen</numerusform>
                <numerusform>%n exakte Duplikate entfernen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Drop %n empty row(s)</source>
            <translation>
                <numerusform>%n leere Zeile entfernen</numerusform>
                <numerusform>%n leere Zeilen entfernen</numerusform>
            </translation>
        </message>
        <message>
            <source>Generate…</source>
            <translation>Erzeugen…</translation>
        </message>
        <message>
            <source>Write new examples with a model or an OpenAI-compatible server</source>
            <translation>Neue Beispiele mit einem Modell oder einem OpenAI-kompatiblen Server schreiben</translation>
        </message>
        <message numerus="yes">
            <source>Generate %n row(s)</source>
            <translation>
                <numerusform>%n Zeile(n) erzeugen</numerusform>
                <numerusform>%n Zeile(n) erzeugen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accept %n generated row(s)</source>
            <translation>
                <numerusform>%n erzeugte Zeile(n) annehmen</numerusform>
                <numerusform>%n erzeugte Zeile(n) annehmen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reject %n generated row(s)</source>
            <translation>
                <numerusform>%n erzeugte Zeile(n) ablehnen</numerusform>
                <numerusform>%n erzeugte Zeile(n) ablehnen</numerusform>
            </translation>
        </message>
        <message>
            <source>Accept selected</source>
            <translation>Auswahl annehmen</translation>
        </message>
        <message>
            <source>Reject selected</source>
            <translation>Auswahl ablehnen</translation>
        </message>
        <message>
            <source>Accept all</source>
            <translation>Alle annehmen</translation>
        </message>
        <message>
            <source>Reject all</source>
            <translation>Alle ablehnen</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n generated row(s)&lt;/b&gt; to review: accept keeps them, reject deletes them.</source>
            <translation>
                <numerusform>&lt;b&gt;%n erzeugte Zeile(n)&lt;/b&gt; zu prüfen: Annehmen behält sie, Ablehnen löscht sie.</numerusform>
                <numerusform>&lt;b&gt;%n erzeugte Zeile(n)&lt;/b&gt; zu prüfen: Annehmen behält sie, Ablehnen löscht sie.</numerusform>
            </translation>
        </message>
        <message>
            <source>Generated, to review (%1)</source>
            <translation>Erzeugt, zu prüfen (%1)</translation>
        </message>
        <message>
            <source>Generated (%1)</source>
            <translation>Erzeugt (%1)</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::DownloadManager</name>
        <message>
            <source>The download failed</source>
            <translation>Der Download ist fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::DownloadPanel</name>
        <message>
            <source>%1 h %2 min left</source>
            <translation>noch %1 h %2 min</translation>
        </message>
        <message>
            <source>%1 min left</source>
            <translation>noch %1 min</translation>
        </message>
        <message>
            <source>%1 s left</source>
            <translation>noch %1 s</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stops the download; what was downloaded is kept and a new download continues from there.</source>
            <translation>Stoppt den Download; Bereits Heruntergeladenes bleibt erhalten, und ein neuer Download macht dort weiter.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Downloading %1</source>
            <translation>%1 wird heruntergeladen</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>File %1 of %2: %3 (%4 of %5)</source>
            <translation>Datei %1 von %2: %3 (%4 von %5)</translation>
        </message>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fertig</translation>
        </message>
        <message>
            <source>%1 is downloaded</source>
            <translation>%1 ist heruntergeladen</translation>
        </message>
        <message>
            <source>It is in the Hugging Face cache (%1) and can be chosen on the Model page.</source>
            <translation>Es liegt im Hugging-Face-Cache (%1) und kann auf der Seite Modell gewählt werden.</translation>
        </message>
        <message>
            <source>The download of %1 was stopped</source>
            <translation>Der Download von %1 wurde gestoppt</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ExampleInspector</name>
        <message>
            <source>&lt;span style='background:%1;color:%2'&gt;&amp;nbsp;trained&amp;nbsp;&lt;/span&gt; &lt;span style='background:%3;color:%4'&gt;&amp;nbsp;prompt (masked)&amp;nbsp;&lt;/span&gt; &amp;nbsp;↵ line break &amp;nbsp;⟨eos⟩ end of sequence &amp;nbsp;✂ cut at max length</source>
            <translation>&lt;span style='background:%1;color:%2'&gt;&amp;nbsp;trainiert&amp;nbsp;&lt;/span&gt; &lt;span style='background:%3;color:%4'&gt;&amp;nbsp;Prompt (maskiert)&amp;nbsp;&lt;/span&gt; &amp;nbsp;↵ Zeilenumbruch &amp;nbsp;⟨eos⟩ Sequenzende &amp;nbsp;✂ bei maximaler Länge abgeschnitten</translation>
        </message>
        <message>
            <source>Select a row to see it as the model does.</source>
            <translation>Wählen Sie eine Zeile, um sie so zu sehen, wie das Modell sie sieht.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Row %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;Zeile %1&lt;/b&gt;</translation>
        </message>
        <message>
            <source> · %1 tokens</source>
            <translation> · %1 Token</translation>
        </message>
        <message>
            <source> of max %1</source>
            <translation> von max. %1</translation>
        </message>
        <message>
            <source> · %1 trained</source>
            <translation> · %1 trainiert</translation>
        </message>
        <message>
            <source>cut at the %1: %2 tokens dropped</source>
            <translation>am %1 abgeschnitten: %2 Token verworfen</translation>
        </message>
        <message>
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>start</source>
            <translation>Anfang</translation>
        </message>
        <message>
            <source> · choose a model on the Model page to see its tokens</source>
            <translation> · wählen Sie auf der Seite Modell ein Modell, um seine Token zu sehen</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ExamplesModel</name>
        <message>
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Zeile hinzufügen</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n row(s)</source>
            <translation>
                <numerusform>%n Zeile duplizieren</numerusform>
                <numerusform>%n Zeilen duplizieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n row(s)</source>
            <translation>
                <numerusform>%n Zeile löschen</numerusform>
                <numerusform>%n Zeilen löschen</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace “%1”</source>
            <translation>„%1“ ersetzen</translation>
        </message>
        <message>
            <source>Trim whitespace</source>
            <translation>Leerraum entfernen</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ExportPage</name>
        <message>
            <source>Adapter to export</source>
            <translation>Zu exportierender Adapter</translation>
        </message>
        <message>
            <source>The current run's adapter, or any PEFT adapter folder</source>
            <translation>Der Adapter des aktuellen Laufs oder ein beliebiger PEFT-Adapterordner</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Adapter (PEFT format)</source>
            <translation>Adapter (PEFT-Format)</translation>
        </message>
        <message>
            <source>A small folder (adapter_config.json + adapter_model.safetensors) that Hugging Face PEFT loads unchanged on top of the base model.</source>
            <translation>Ein kleiner Ordner (adapter_config.json + adapter_model.safetensors), den Hugging Face PEFT unverändert über dem Basismodell lädt.</translation>
        </message>
        <message>
            <source>Save adapter…</source>
            <translation>Adapter speichern…</translation>
        </message>
        <message>
            <source>Merged model (Hugging Face folder)</source>
            <translation>Zusammengeführtes Modell (Hugging-Face-Ordner)</translation>
        </message>
        <message>
            <source>The adapter folded into the base weights: a full model folder (config, safetensors shards, tokenizer) that transformers loads without PEFT. As large as the base model.</source>
            <translation>Der Adapter in die Basisgewichte eingerechnet: ein vollständiger Modellordner (Config, safetensors-Shards, Tokenizer), den transformers ohne PEFT lädt. So groß wie das Basismodell.</translation>
        </message>
        <message>
            <source>Merge and save…</source>
            <translation>Zusammenführen und speichern…</translation>
        </message>
        <message>
            <source>Hugging Face Hub</source>
            <translation>Hugging Face Hub</translation>
        </message>
        <message>
            <source>Upload to the Hub…</source>
            <translation>Auf den Hub hochladen…</translation>
        </message>
        <message>
            <source>Choose a PEFT adapter folder</source>
            <translation>PEFT-Adapterordner wählen</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Gestoppt.</translation>
        </message>
        <message>
            <source>No adapter yet: train one in the Train step, or choose a folder.</source>
            <translation>Noch kein Adapter: Trainieren Sie einen im Schritt Training oder wählen Sie einen Ordner.</translation>
        </message>
        <message>
            <source>%1 is not a PEFT adapter folder (no adapter_config.json).</source>
            <translation>%1 ist kein PEFT-Adapterordner (keine adapter_config.json).</translation>
        </message>
        <message>
            <source>Choose the folder to save the adapter in</source>
            <translation>Ordner wählen, in dem der Adapter gespeichert wird</translation>
        </message>
        <message>
            <source>Choose the folder to save the merged model in</source>
            <translation>Ordner wählen, in dem das zusammengeführte Modell gespeichert wird</translation>
        </message>
        <message>
            <source>Choose the base model in the Model step to merge the adapter into it.</source>
            <translation>Wählen Sie im Schritt „Modell“ das Basismodell, um den Adapter hineinzuführen.</translation>
        </message>
        <message>
            <source>GGUF for llama.cpp, Ollama and LM Studio</source>
            <translation>GGUF für llama.cpp, Ollama und LM Studio</translation>
        </message>
        <message>
            <source>One file with the adapter merged in, full precision or quantized (Q8_0, Q4_K_M), with the tokenizer and the prompt format inside, plus an Ollama Modelfile.</source>
            <translation>Eine Datei mit eingerechnetem Adapter, in voller Genauigkeit oder quantisiert (Q8_0, Q4_K_M), mit Tokenizer und Prompt-Format darin, dazu ein Ollama-Modelfile.</translation>
        </message>
        <message>
            <source>Export GGUF…</source>
            <translation>GGUF exportieren…</translation>
        </message>
        <message>
            <source>Put the adapter, with a model card made from the run, in a new or existing repository. Needs a network connection and a Hugging Face access token with write access (kept in the system keychain, never in a plain file).</source>
            <translation>Legt den Adapter mit einer aus dem Lauf erstellten Modellkarte in ein neues oder bestehendes Repository. Braucht eine Netzwerkverbindung und ein Hugging-Face-Zugriffstoken mit Schreibzugriff (im Schlüsselbund des Systems, nie in einer einfachen Datei).</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Adapter map…</source>
            <translation>Adapter-Karte…</translation>
        </message>
        <message>
            <source>Which layers this adapter changed and how much, as a heat map; compare it with another adapter</source>
            <translation>Welche Schichten dieser Adapter wie stark verändert hat, als Heatmap; mit einem anderen Adapter vergleichen</translation>
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
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>Generate examples</source>
            <translation>Beispiele erzeugen</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Who answers, and how: e.g. “You are a friendly support agent for a bicycle shop. Answer in two or three sentences.”</source>
            <translation>Wer antwortet, und wie: z. B. „Du bist ein freundlicher Support-Mitarbeiter eines Fahrradladens. Antworte in zwei oder drei Sätzen.“</translation>
        </message>
        <message>
            <source>Persona:</source>
            <translation>Persona:</translation>
        </message>
        <message>
            <source>0 always picks the likeliest word; higher values give more varied text.</source>
            <translation>0 wählt immer das wahrscheinlichste Wort; höhere Werte ergeben abwechslungsreicheren Text.</translation>
        </message>
        <message>
            <source>Temperature:</source>
            <translation>Temperatur:</translation>
        </message>
        <message>
            <source>Max tokens:</source>
            <translation>Max. Tokens:</translation>
        </message>
        <message>
            <source>Rows:</source>
            <translation>Zeilen:</translation>
        </message>
        <message>
            <source>Where the text comes from</source>
            <translation>Woher der Text kommt</translation>
        </message>
        <message>
            <source>The model in Falconry</source>
            <translation>Das Modell in Falconry</translation>
        </message>
        <message>
            <source>(choose a model in the Model step first)</source>
            <translation>(zuerst im Schritt „Modell“ ein Modell wählen)</translation>
        </message>
        <message>
            <source>optional: a tuned adapter folder (runs/…/adapter)</source>
            <translation>optional: ein Ordner mit trainiertem Adapter (runs/…/adapter)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Choose an adapter folder</source>
            <translation>Adapter-Ordner wählen</translation>
        </message>
        <message>
            <source>Adapter:</source>
            <translation>Adapter:</translation>
        </message>
        <message>
            <source>An OpenAI-compatible server (Ollama, llama.cpp, LM Studio, vLLM, a hosted service)</source>
            <translation>Ein OpenAI-kompatibler Server (Ollama, llama.cpp, LM Studio, vLLM, ein gehosteter Dienst)</translation>
        </message>
        <message>
            <source>The base URL ends in /v1, as OpenAI's own clients take it.</source>
            <translation>Die Basis-URL endet auf /v1, wie OpenAIs eigene Clients sie erwarten.</translation>
        </message>
        <message>
            <source>Base URL:</source>
            <translation>Basis-URL:</translation>
        </message>
        <message>
            <source>List models</source>
            <translation>Modelle auflisten</translation>
        </message>
        <message>
            <source>Model:</source>
            <translation>Modell:</translation>
        </message>
        <message>
            <source>kept in the system keychain; local servers need none</source>
            <translation>im Schlüsselbund des Systems gespeichert; lokale Server brauchen keinen</translation>
        </message>
        <message>
            <source>API key:</source>
            <translation>API-Schlüssel:</translation>
        </message>
        <message>
            <source>Stream the text as it is written</source>
            <translation>Den Text beim Schreiben streamen</translation>
        </message>
        <message>
            <source>One topic per line, e.g.
returns and refunds
shipping times
sizing</source>
            <translation>Ein Thema pro Zeile, z. B.
Rückgabe und Erstattung
Lieferzeiten
Größen</translation>
        </message>
        <message>
            <source>Topics:</source>
            <translation>Themen:</translation>
        </message>
        <message>
            <source>Take topics from a column…</source>
            <translation>Themen aus einer Spalte übernehmen…</translation>
        </message>
        <message>
            <source>{topic} is replaced by each topic; {variant} by the question's number for that topic.</source>
            <translation>{topic} wird durch jedes Thema ersetzt, {variant} durch die Nummer der Frage zu diesem Thema.</translation>
        </message>
        <message>
            <source>Instruction:</source>
            <translation>Anweisung:</translation>
        </message>
        <message>
            <source>Questions per topic before the topics come round again.</source>
            <translation>Fragen pro Thema, bevor die Themen von vorn beginnen.</translation>
        </message>
        <message>
            <source>Questions per topic:</source>
            <translation>Fragen pro Thema:</translation>
        </message>
        <message>
            <source>Topics × instruction</source>
            <translation>Themen × Anweisung</translation>
        </message>
        <message>
            <source>Select the rows to imitate in the table first. New questions of the same kind are written; any too close to a row of the dataset is dropped.</source>
            <translation>Wählen Sie zuerst die nachzuahmenden Zeilen in der Tabelle. Es werden neue Fragen derselben Art geschrieben; zu ähnliche werden verworfen.</translation>
        </message>
        <message numerus="yes">
            <source>%n selected row(s) are the examples. New questions of the same kind are written; any too close to a row of the dataset is dropped.</source>
            <translation>
                <numerusform>%n ausgewählte Zeile(n) dienen als Beispiele. Es werden neue Fragen derselben Art geschrieben; zu ähnliche werden verworfen.</numerusform>
                <numerusform>%n ausgewählte Zeile(n) dienen als Beispiele. Es werden neue Fragen derselben Art geschrieben; zu ähnliche werden verworfen.</numerusform>
            </translation>
        </message>
        <message>
            <source>More like these</source>
            <translation>Mehr davon</translation>
        </message>
        <message>
            <source>Questions that a passage of these documents answers; the passage is kept with each row.</source>
            <translation>Fragen, die ein Abschnitt dieser Dokumente beantwortet; der Abschnitt wird bei jeder Zeile aufbewahrt.</translation>
        </message>
        <message>
            <source>Add documents…</source>
            <translation>Dokumente hinzufügen…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Add documents</source>
            <translation>Dokumente hinzufügen</translation>
        </message>
        <message>
            <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.rst);;All files (*)</source>
            <translation>Dokumente (*.txt *.md *.markdown *.html *.htm *.pdf *.rst);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>From documents</source>
            <translation>Aus Dokumenten</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message numerus="yes">
            <source>“Preview” writes the first %n result(s) so you can adjust the recipe; “Generate” writes them all. Rows land in the table marked “generated”, as one step you can undo.</source>
            <translation>
                <numerusform>„Vorschau“ schreibt die ersten %n Ergebnis(se), damit Sie das Rezept anpassen können; „Erzeugen“ schreibt alle. Die Zeilen landen als „generated“ markiert in der Tabelle, als ein Schritt, den Sie rückgängig machen können.</numerusform>
                <numerusform>„Vorschau“ schreibt die ersten %n Ergebnis(se), damit Sie das Rezept anpassen können; „Erzeugen“ schreibt alle. Die Zeilen landen als „generated“ markiert in der Tabelle, als ein Schritt, den Sie rückgängig machen können.</numerusform>
            </translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Erzeugen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stops after the rows finished so far; they are kept.</source>
            <translation>Hält nach den bisher fertigen Zeilen an; diese bleiben erhalten.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>An unfinished generation (%1 recipe) has %2 of %3 rows. Resume it, or discard it.</source>
            <translation>Eine unvollendete Erzeugung (Rezept %1) hat %2 von %3 Zeilen. Fortsetzen oder verwerfen.</translation>
        </message>
        <message>
            <source>Asking %1 for its models…</source>
            <translation>Frage %1 nach seinen Modellen…</translation>
        </message>
        <message>
            <source>Could not list the models: %1</source>
            <translation>Die Modelle konnten nicht aufgelistet werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s) on the server.</source>
            <translation>
                <numerusform>%n Modell(e) auf dem Server.</numerusform>
                <numerusform>%n Modell(e) auf dem Server.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add at least one document.</source>
            <translation>Fügen Sie mindestens ein Dokument hinzu.</translation>
        </message>
        <message>
            <source>An unfinished generation is waiting: resume or discard it first.</source>
            <translation>Eine unvollendete Erzeugung wartet: zuerst fortsetzen oder verwerfen.</translation>
        </message>
        <message>
            <source>Enter the server's model name, or press “List models”.</source>
            <translation>Geben Sie den Modellnamen des Servers ein oder klicken Sie auf „Modelle auflisten“.</translation>
        </message>
        <message>
            <source>Choose a model in the Model step first, or use a server.</source>
            <translation>Wählen Sie zuerst im Schritt „Modell“ ein Modell oder nutzen Sie einen Server.</translation>
        </message>
        <message>
            <source>Writing a preview…</source>
            <translation>Vorschau wird geschrieben…</translation>
        </message>
        <message>
            <source>Generating…</source>
            <translation>Wird erzeugt…</translation>
        </message>
        <message>
            <source>Stopping after the rows finished so far…</source>
            <translation>Halte nach den bisher fertigen Zeilen an…</translation>
        </message>
        <message>
            <source>%1 / %2 rows</source>
            <translation>%1 / %2 Zeilen</translation>
        </message>
        <message>
            <source>%1 rows/s</source>
            <translation>%1 Zeilen/s</translation>
        </message>
        <message>
            <source>%1 rows/min</source>
            <translation>%1 Zeilen/min</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>noch etwa %1</translation>
        </message>
        <message numerus="yes">
            <source>%n resumed</source>
            <translation>
                <numerusform>%n fortgesetzt</numerusform>
                <numerusform>%n fortgesetzt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dropped as near duplicates</source>
            <translation>
                <numerusform>%n als Beinahe-Duplikate verworfen</numerusform>
                <numerusform>%n als Beinahe-Duplikate verworfen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preview: %n row(s). Adjust the recipe, or press “Generate” for all of them.</source>
            <translation>
                <numerusform>Vorschau: %n Zeile(n). Passen Sie das Rezept an oder klicken Sie auf „Erzeugen“ für alle.</numerusform>
                <numerusform>Vorschau: %n Zeile(n). Passen Sie das Rezept an oder klicken Sie auf „Erzeugen“ für alle.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped: %n finished row(s) were added to the table.</source>
            <translation>
                <numerusform>Angehalten: %n fertige Zeile(n) wurden der Tabelle hinzugefügt.</numerusform>
                <numerusform>Angehalten: %n fertige Zeile(n) wurden der Tabelle hinzugefügt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %n row(s) were added to the table, marked “generated”.</source>
            <translation>
                <numerusform>Fertig: %n Zeile(n) wurden der Tabelle hinzugefügt, markiert als „generated“.</numerusform>
                <numerusform>Fertig: %n Zeile(n) wurden der Tabelle hinzugefügt, markiert als „generated“.</numerusform>
            </translation>
        </message>
        <message>
            <source>Fewer than asked: too many questions were near duplicates — add topics or raise the temperature.</source>
            <translation>Weniger als gewünscht: zu viele Fragen waren Beinahe-Duplikate – fügen Sie Themen hinzu oder erhöhen Sie die Temperatur.</translation>
        </message>
        <message numerus="yes">
            <source>The %n finished row(s) are kept: resume when the problem is solved.</source>
            <translation>
                <numerusform>Die %n fertige(n) Zeile(n) bleiben erhalten: setzen Sie fort, sobald das Problem gelöst ist.</numerusform>
                <numerusform>Die %n fertige(n) Zeile(n) bleiben erhalten: setzen Sie fort, sobald das Problem gelöst ist.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::GenerationController</name>
        <message>
            <source>No engine to run the model on</source>
            <translation>Keine Engine, auf der das Modell laufen kann</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>Modell wird geladen…</translation>
        </message>
        <message>
            <source>Generation finished</source>
            <translation>Erzeugung abgeschlossen</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::GgufExportDialog</name>
        <message>
            <source>Export GGUF</source>
            <translation>GGUF exportieren</translation>
        </message>
        <message>
            <source>One file with the adapter merged into the base model, for llama.cpp, Ollama and LM Studio. The tokenizer and the prompt format travel inside it.</source>
            <translation>Eine Datei mit dem in das Basismodell eingerechneten Adapter, für llama.cpp, Ollama und LM Studio. Tokenizer und Prompt-Format sind darin enthalten.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <source>Q4_K_M: smallest that stays good (about 4.9 bits per weight)</source>
            <translation>Q4_K_M: die kleinste, die gut bleibt (etwa 4,9 Bit pro Gewicht)</translation>
        </message>
        <message>
            <source>Q8_0: near-lossless, half of F16 (8.5 bits per weight)</source>
            <translation>Q8_0: nahezu verlustfrei, halb so groß wie F16 (8,5 Bit pro Gewicht)</translation>
        </message>
        <message>
            <source>F16: full quality (16 bits per weight)</source>
            <translation>F16: volle Qualität (16 Bit pro Gewicht)</translation>
        </message>
        <message>
            <source>BF16: full quality, the training precision (16 bits)</source>
            <translation>BF16: volle Qualität, die Trainingsgenauigkeit (16 Bit)</translation>
        </message>
        <message>
            <source>Q4_0: small, older format (4.5 bits per weight)</source>
            <translation>Q4_0: klein, älteres Format (4,5 Bit pro Gewicht)</translation>
        </message>
        <message>
            <source>F32: exact, twice the size of F16</source>
            <translation>F32: exakt, doppelt so groß wie F16</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Typ:</translation>
        </message>
        <message>
            <source>Falcon instruct (User: / Assistant:)</source>
            <translation>Falcon instruct (User: / Assistant:)</translation>
        </message>
        <message>
            <source>Falcon chat (System: / User: / Falcon:)</source>
            <translation>Falcon-Chat (System: / User: / Falcon:)</translation>
        </message>
        <message>
            <source>Guanaco (### Human: / ### Assistant:)</source>
            <translation>Guanaco (### Human: / ### Assistant:)</translation>
        </message>
        <message>
            <source>Alpaca (### Instruction: / ### Response:)</source>
            <translation>Alpaca (### Instruction: / ### Response:)</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Reiner Text</translation>
        </message>
        <message>
            <source>None (no chat template)</source>
            <translation>Keine (keine Chat-Vorlage)</translation>
        </message>
        <message>
            <source>Prompt format:</source>
            <translation>Prompt-Format:</translation>
        </message>
        <message>
            <source>Also write an Ollama Modelfile beside it</source>
            <translation>Daneben auch ein Ollama-Modelfile schreiben</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Save the GGUF as</source>
            <translation>GGUF speichern unter</translation>
        </message>
        <message>
            <source>GGUF models (*.gguf)</source>
            <translation>GGUF-Modelle (*.gguf)</translation>
        </message>
        <message>
            <source>About a third of F16. Falcon's layers use a mix: some with 5 or 6 bits, as llama.cpp's own Q4_K_M.</source>
            <translation>Etwa ein Drittel von F16. Die Schichten von Falcon nutzen eine Mischung: manche mit 5 oder 6 Bit, wie das Q4_K_M von llama.cpp selbst.</translation>
        </message>
        <message>
            <source>Answers are almost always the same as the model's own.</source>
            <translation>Die Antworten sind fast immer dieselben wie die des Modells selbst.</translation>
        </message>
        <message>
            <source>Afterwards, run it in Ollama from a terminal in %1:
    ollama create %2 -f Modelfile</source>
            <translation>Führen Sie es danach in Ollama aus, von einem Terminal in %1:
    ollama create %2 -f Modelfile</translation>
        </message>
        <message>
            <source>Open the file in LM Studio, or run it with llama.cpp: llama-cli -m %1</source>
            <translation>Öffnen Sie die Datei in LM Studio oder führen Sie sie mit llama.cpp aus: llama-cli -m %1</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::HubDownloadBox</name>
        <message>
            <source>Download from the Hugging Face Hub</source>
            <translation>Vom Hugging Face Hub herunterladen</translation>
        </message>
        <message>
            <source>organisation/model, e.g. tiiuae/falcon-7b-instruct</source>
            <translation>Organisation/Modell, z. B. tiiuae/falcon-7b-instruct</translation>
        </message>
        <message>
            <source>Download…</source>
            <translation>Herunterladen…</translation>
        </message>
        <message>
            <source>Shows the size and the memory plan first; the files go into the Hugging Face cache, where transformers finds them too.</source>
            <translation>Zeigt zuerst die Größe und den Speicherplan; die Dateien kommen in den Hugging-Face-Cache, wo auch transformers sie findet.</translation>
        </message>
        <message>
            <source>Asking the Hub about %1…</source>
            <translation>Frage beim Hub nach %1…</translation>
        </message>
        <message>
            <source>%1 is downloaded and listed under "In the Hugging Face cache".</source>
            <translation>%1 ist heruntergeladen und unter „Im Hugging-Face-Cache“ aufgeführt.</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Wird heruntergeladen…</translation>
        </message>
        <message>
            <source>1 file</source>
            <translation>1 Datei</translation>
        </message>
        <message>
            <source>%1 files</source>
            <translation>%1 Dateien</translation>
        </message>
        <message>
            <source>%1 (commit %2): %3, %4</source>
            <translation>%1 (Commit %2): %3, %4</translation>
        </message>
        <message>
            <source>, of which %1 are already on this machine</source>
            <translation>, davon %1 bereits auf diesem Rechner</translation>
        </message>
        <message>
            <source>. Free disk space: %1.</source>
            <translation>. Freier Speicherplatz: %1.</translation>
        </message>
        <message>
            <source>Licence: %1.</source>
            <translation>Lizenz: %1.</translation>
        </message>
        <message>
            <source>This model is gated: accept its licence on its Hub page and sign in first.</source>
            <translation>Dieses Modell ist zugangsbeschränkt: Akzeptieren Sie zuerst die Lizenz auf seiner Hub-Seite und melden Sie sich an.</translation>
        </message>
        <message>
            <source>A LoRA run of it (bf16, 512 tokens, batch 1) needs about %1 of memory; %2 are free: it fits.</source>
            <translation>Ein LoRA-Lauf damit (bf16, 512 Tokens, Batch 1) braucht etwa %1 Speicher; %2 sind frei: Er passt.</translation>
        </message>
        <message>
            <source>A LoRA run in bf16 needs about %1, more than the %2 free; with a 4-bit base (QLoRA) it needs %3 and fits.</source>
            <translation>Ein LoRA-Lauf in bf16 braucht etwa %1, mehr als die %2 freien; mit einer 4-Bit-Basis (QLoRA) braucht er %3 und passt.</translation>
        </message>
        <message>
            <source>A run of it needs about %1 (QLoRA: %2), more than the %3 free on this machine.</source>
            <translation>Ein Lauf damit braucht etwa %1 (QLoRA: %2), mehr als die %3, die auf diesem Rechner frei sind.</translation>
        </message>
        <message>
            <source>Not enough free disk space: free %1 more, or set HF_HUB_CACHE to a larger disk.</source>
            <translation>Nicht genug freier Speicherplatz: Geben Sie noch %1 frei oder setzen Sie HF_HUB_CACHE auf eine größere Festplatte.</translation>
        </message>
        <message>
            <source>Download %1?</source>
            <translation>%1 herunterladen?</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ImportWizard</name>
        <message>
            <source>Import a dataset</source>
            <translation>Datensatz importieren</translation>
        </message>
        <message>
            <source>Source file</source>
            <translation>Quelldatei</translation>
        </message>
        <message>
            <source>CSV, TSV, JSON, JSONL or plain text. The file is only read: Falconry works on its own copy.</source>
            <translation>CSV, TSV, JSON, JSONL oder Klartext. Die Datei wird nur gelesen: Falconry arbeitet mit einer eigenen Kopie.</translation>
        </message>
        <message>
            <source>Choose a file, or drop one on the window</source>
            <translation>Datei wählen oder auf das Fenster ziehen</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Erkennen</translation>
        </message>
        <message>
            <source>File format:</source>
            <translation>Dateiformat:</translation>
        </message>
        <message>
            <source>Skip bad rows and list them</source>
            <translation>Fehlerhafte Zeilen überspringen und auflisten</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.tsv *.json *.jsonl *.ndjson *.txt);;All files (*)</source>
            <translation>Datensätze (*.csv *.tsv *.json *.jsonl *.ndjson *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Roles and template</source>
            <translation>Rollen und Vorlage</translation>
        </message>
        <message>
            <source>Which column is the question and which the answer, and how the model sees them. Green tokens are trained, grey ones are the prompt (masked).</source>
            <translation>Welche Spalte die Frage und welche die Antwort ist, und wie das Modell sie sieht. Grüne Token werden trainiert, graue sind der Prompt (maskiert).</translation>
        </message>
        <message>
            <source>As detected</source>
            <translation>Wie erkannt</translation>
        </message>
        <message>
            <source>Rows look like:</source>
            <translation>Zeilen sehen aus wie:</translation>
        </message>
        <message>
            <source>System:</source>
            <translation>System:</translation>
        </message>
        <message>
            <source>User / instruction:</source>
            <translation>Benutzer / Anweisung:</translation>
        </message>
        <message>
            <source>Input / context:</source>
            <translation>Eingabe / Kontext:</translation>
        </message>
        <message>
            <source>Assistant / answer:</source>
            <translation>Assistent / Antwort:</translation>
        </message>
        <message>
            <source>Text (trained as is):</source>
            <translation>Text (unverändert trainiert):</translation>
        </message>
        <message>
            <source>Conversation:</source>
            <translation>Unterhaltung:</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Vorlage:</translation>
        </message>
        <message>
            <source>Q: {question}\nA: {answer}</source>
            <translation>F: {question}\nA: {answer}</translation>
        </message>
        <message>
            <source>Custom:</source>
            <translation>Eigene:</translation>
        </message>
        <message>
            <source>Answers only</source>
            <translation>Nur Antworten</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>Train on:</source>
            <translation>Trainieren auf:</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wird gelesen…</translation>
        </message>
        <message>
            <source>&lt;b&gt;The file could not be read.&lt;/b&gt; %1&lt;br&gt;Fix the file, choose another format, or tick “Skip bad rows” to import the rest.</source>
            <translation>&lt;b&gt;Die Datei konnte nicht gelesen werden.&lt;/b&gt; %1&lt;br&gt;Korrigieren Sie die Datei, wählen Sie ein anderes Format oder aktivieren Sie „Fehlerhafte Zeilen überspringen“, um den Rest zu importieren.</translation>
        </message>
        <message numerus="yes">
            <source>Read %n row(s) as %1 (%2), columns: %3.</source>
            <translation>
                <numerusform>%n Zeile als %1 (%2) gelesen, Spalten: %3.</numerusform>
                <numerusform>%n Zeilen als %1 (%2) gelesen, Spalten: %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped, line %1, column %2: %3</source>
            <translation>Übersprungen, Zeile %1, Spalte %2: %3</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>Invalid text, line %1, column %2: %3</source>
            <translation>Ungültiger Text, Zeile %1, Spalte %2: %3</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Detected: %1&lt;/b&gt; (confidence %2%)%3</source>
            <translation>&lt;b&gt;Erkannt: %1&lt;/b&gt; (Konfidenz %2 %)%3</translation>
        </message>
        <message>
            <source>, multi-turn</source>
            <translation>, mehrere Runden</translation>
        </message>
        <message>
            <source>No model chosen: showing prompt and answer parts without token boundaries.</source>
            <translation>Kein Modell gewählt: Prompt und Antwort werden ohne Tokengrenzen gezeigt.</translation>
        </message>
        <message>
            <source>Row %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>%1 — %2 tokens, %3 trained</source>
            <translation>%1 – %2 Token, %3 trainiert</translation>
        </message>
        <message>
            <source>These roles are right</source>
            <translation>Diese Rollen stimmen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Check the roles:&lt;/b&gt; Falconry guessed them from the columns' names and text with only %1 % confidence (%2). Choose the columns that hold the question and the answer, or tick the box if the guess is right.</source>
            <translation>&lt;b&gt;Prüfen Sie die Rollen:&lt;/b&gt; Falconry hat sie aus den Namen und dem Text der Spalten mit nur %1 % Sicherheit geraten (%2). Wählen Sie die Spalten mit Frage und Antwort oder setzen Sie das Häkchen, wenn die Vermutung stimmt.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::KnowledgePage</name>
        <message>
            <source>A knowledge base gives the model facts to quote: manuals, price lists, policies. Passages that match a question are put in front of it, numbered, and the answer cites them as [1], [2]. Nothing is trained; change a document and import it again.</source>
            <translation>Eine Wissensbasis gibt dem Modell Fakten zum Zitieren: Handbücher, Preislisten, Richtlinien. Passagen, die zu einer Frage passen, werden nummeriert davor gestellt, und die Antwort zitiert sie als [1], [2]. Es wird nichts trainiert; ändern Sie ein Dokument und importieren Sie es erneut.</translation>
        </message>
        <message>
            <source>Knowledge base file…</source>
            <translation>Wissensbasis-Datei…</translation>
        </message>
        <message>
            <source>Open or create another knowledge base (one .sqlite file per knowledge base)</source>
            <translation>Eine andere Wissensbasis öffnen oder anlegen (eine .sqlite-Datei pro Wissensbasis)</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumente</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>Passagen</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Drop files or folders here: text, Markdown, HTML, PDF, CSV or JSONL.</source>
            <translation>Dateien oder Ordner hier ablegen: Text, Markdown, HTML, PDF, CSV oder JSONL.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Dateien hinzufügen…</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Ordner hinzufügen…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected documents and their passages from the knowledge base (the files stay)</source>
            <translation>Die ausgewählten Dokumente und ihre Passagen aus der Wissensbasis entfernen (die Dateien bleiben erhalten)</translation>
        </message>
        <message>
            <source>Search the passages</source>
            <translation>Passagen durchsuchen</translation>
        </message>
        <message>
            <source>Ask a question or type words, then press Enter</source>
            <translation>Stellen Sie eine Frage oder geben Sie Wörter ein, dann Eingabe drücken</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop the import; the file being imported is left as it was</source>
            <translation>Import anhalten; die gerade importierte Datei bleibt, wie sie war</translation>
        </message>
        <message>
            <source>Wait for the import to finish or cancel it first.</source>
            <translation>Warten Sie, bis der Import fertig ist, oder brechen Sie ihn zuerst ab.</translation>
        </message>
        <message>
            <source>This knowledge base cannot be opened: %1</source>
            <translation>Diese Wissensbasis kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>Knowledge base: %1</source>
            <translation>Wissensbasis: %1</translation>
        </message>
        <message>
            <source>%1
%2 bytes, imported %3</source>
            <translation>%1
%2 Byte, importiert %3</translation>
        </message>
        <message>
            <source>No documents yet. Drop files or folders here, or click Add files.</source>
            <translation>Noch keine Dokumente. Legen Sie Dateien oder Ordner hier ab oder klicken Sie auf „Dateien hinzufügen“.</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s), %1 passages.</source>
            <translation>
                <numerusform>%n Dokument(e), %1 Passagen.</numerusform>
                <numerusform>%n Dokument(e), %1 Passagen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Wird gelesen…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>The import could not run: %1</source>
            <translation>Der Import konnte nicht laufen: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) added</source>
            <translation>
                <numerusform>%n Dokument(e) hinzugefügt</numerusform>
                <numerusform>%n Dokument(e) hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed document(s) replaced</source>
            <translation>
                <numerusform>%n geänderte(s) Dokument(e) ersetzt</numerusform>
                <numerusform>%n geänderte(s) Dokument(e) ersetzt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unverändert</numerusform>
                <numerusform>%n unverändert</numerusform>
            </translation>
        </message>
        <message>
            <source>cancelled (the file being imported was left as it was)</source>
            <translation>abgebrochen (die gerade importierte Datei blieb, wie sie war)</translation>
        </message>
        <message numerus="yes">
            <source>%n could not be imported:</source>
            <translation>
                <numerusform>%n konnte(n) nicht importiert werden:</numerusform>
                <numerusform>%n konnte(n) nicht importiert werden:</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 passages in the knowledge base.</source>
            <translation>%1 Passagen in der Wissensbasis.</translation>
        </message>
        <message>
            <source>%1 is not in this knowledge base.</source>
            <translation>%1 ist nicht in dieser Wissensbasis.</translation>
        </message>
        <message>
            <source>&lt;p&gt;No passage contains these words. Try other words, or import the document that answers it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Keine Passage enthält diese Wörter. Versuchen Sie andere Wörter oder importieren Sie das Dokument, das die Antwort enthält.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>Seite %1</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>score %1</source>
            <translation>Wert %1</translation>
        </message>
        <message>
            <source>Add documents</source>
            <translation>Dokumente hinzufügen</translation>
        </message>
        <message>
            <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.csv *.tsv *.jsonl);;All files (*)</source>
            <translation>Dokumente (*.txt *.md *.markdown *.html *.htm *.pdf *.csv *.tsv *.jsonl);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Add every document of a folder</source>
            <translation>Alle Dokumente eines Ordners hinzufügen</translation>
        </message>
        <message>
            <source>Open or create a knowledge base</source>
            <translation>Wissensbasis öffnen oder anlegen</translation>
        </message>
        <message>
            <source>Knowledge base (*.sqlite)</source>
            <translation>Wissensbasis (*.sqlite)</translation>
        </message>
        <message>
            <source>Knowledge base</source>
            <translation>Wissensbasis</translation>
        </message>
        <message>
            <source>&lt;b&gt;Demo:&lt;/b&gt; build a knowledge base from the Aerie feeder's manual, then ask Compare about the feeder with the knowledge base, or run the strategy check on 42 questions about it.</source>
            <translation>&lt;b&gt;Demo:&lt;/b&gt; Bauen Sie eine Wissensbasis aus dem Handbuch des Aerie-Futterhauses auf und fragen Sie dann unter „Vergleichen“ mit der Wissensbasis nach dem Futterhaus, oder führen Sie den Strategie-Check mit 42 Fragen dazu aus.</translation>
        </message>
        <message>
            <source>Build from the demo manual</source>
            <translation>Aus dem Demo-Handbuch aufbauen</translation>
        </message>
        <message>
            <source>Strategy check…</source>
            <translation>Strategie-Check…</translation>
        </message>
        <message>
            <source>Ask your questions four ways (base, base + knowledge base, tuned, tuned + knowledge base) and count the answers that contain the right fact</source>
            <translation>Ihre Fragen auf vier Arten stellen (Basis, Basis + Wissensbasis, angepasst, angepasst + Wissensbasis) und die Antworten zählen, die den richtigen Fakt enthalten</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::LocalTrainRun</name>
        <message>
            <source>A run is already in progress.</source>
            <translation>Es läuft bereits ein Lauf.</translation>
        </message>
        <message>
            <source>falconry-cli was not found beside Falconry (%1) nor on the PATH; it runs the local processes.</source>
            <translation>falconry-cli wurde weder neben Falconry (%1) noch im PATH gefunden; es führt die lokalen Prozesse aus.</translation>
        </message>
        <message>
            <source>falconry-cli could not be started: %1</source>
            <translation>falconry-cli konnte nicht gestartet werden: %1</translation>
        </message>
        <message>
            <source>Running %1 %2</source>
            <translation>Führe %1 %2 aus</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>beendet</translation>
        </message>
        <message>
            <source>Run %1 after %2 steps, final loss %3.</source>
            <translation>Lauf %1 nach %2 Schritten, letzter Loss %3.</translation>
        </message>
        <message>
            <source>falconry-cli was ended by a signal.</source>
            <translation>falconry-cli wurde durch ein Signal beendet.</translation>
        </message>
        <message>
            <source>falconry-cli exited with status %1.</source>
            <translation>falconry-cli wurde mit Status %1 beendet.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::LossChart</name>
        <message>
            <source>Loss</source>
            <translation>Loss</translation>
        </message>
        <message>
            <source>train (raw)</source>
            <translation>Training (roh)</translation>
        </message>
        <message>
            <source>train (smoothed)</source>
            <translation>Training (geglättet)</translation>
        </message>
        <message>
            <source>eval</source>
            <translation>Eval</translation>
        </message>
        <message>
            <source>step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Learning rate and speed</source>
            <translation>Lernrate und Tempo</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>Lernrate</translation>
        </message>
        <message>
            <source>tokens/s</source>
            <translation>Tokens/s</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::MemoryBar</name>
        <message>
            <source>Needs %1</source>
            <translation>Braucht %1</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ModelPage</name>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>On this machine</source>
            <translation>Auf diesem Rechner</translation>
        </message>
        <message>
            <source>Open folder…</source>
            <translation>Ordner öffnen…</translation>
        </message>
        <message>
            <source>Any Falcon-architecture Hugging Face folder: config.json, *.safetensors and a tokenizer</source>
            <translation>Beliebiger Hugging-Face-Ordner mit Falcon-Architektur: config.json, *.safetensors und ein Tokenizer</translation>
        </message>
        <message>
            <source>Look in the Hugging Face cache again</source>
            <translation>Erneut im Hugging-Face-Cache suchen</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Dieses Modell verwenden</translation>
        </message>
        <message>
            <source>What a LoRA run needs</source>
            <translation>Was ein LoRA-Lauf braucht</translation>
        </message>
        <message>
            <source>bf16 base (LoRA)</source>
            <translation>bf16-Basis (LoRA)</translation>
        </message>
        <message>
            <source>4-bit NF4 base (QLoRA)</source>
            <translation>4-Bit-NF4-Basis (QLoRA)</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> Tokens</translation>
        </message>
        <message>
            <source>Gradient checkpointing</source>
            <translation>Gradient Checkpointing</translation>
        </message>
        <message>
            <source>Recomputes activations in the backward pass: much less memory, about 30 % slower.</source>
            <translation>Berechnet Aktivierungen im Rückwärtsdurchlauf neu: viel weniger Speicher, etwa 30 % langsamer.</translation>
        </message>
        <message>
            <source>Base weights:</source>
            <translation>Basisgewichte:</translation>
        </message>
        <message>
            <source>Max length:</source>
            <translation>Maximale Länge:</translation>
        </message>
        <message>
            <source>Batch size:</source>
            <translation>Batchgröße:</translation>
        </message>
        <message>
            <source>LoRA rank:</source>
            <translation>LoRA-Rang:</translation>
        </message>
        <message>
            <source>Falcon models</source>
            <translation>Falcon-Modelle</translation>
        </message>
        <message>
            <source>In the Hugging Face cache</source>
            <translation>Im Hugging-Face-Cache</translation>
        </message>
        <message>
            <source>Opened folders</source>
            <translation>Geöffnete Ordner</translation>
        </message>
        <message>
            <source>none found in %1</source>
            <translation>keine gefunden in %1</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>in Verwendung</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>not bundled in this build</source>
            <translation>in diesem Build nicht enthalten</translation>
        </message>
        <message>
            <source>not downloaded</source>
            <translation>nicht heruntergeladen</translation>
        </message>
        <message>
            <source>No model chosen</source>
            <translation>Kein Modell gewählt</translation>
        </message>
        <message>
            <source>Pick a model on the left or open a folder.</source>
            <translation>Wählen Sie links ein Modell oder öffnen Sie einen Ordner.</translation>
        </message>
        <message>
            <source>%1 parameters</source>
            <translation>%1 Parameter</translation>
        </message>
        <message>
            <source>licence: %1</source>
            <translation>Lizenz: %1</translation>
        </message>
        <message>
            <source>context %1 tokens</source>
            <translation>Kontext %1 Tokens</translation>
        </message>
        <message>
            <source>The demo model is not bundled in this build of Falconry.</source>
            <translation>Das Demomodell ist in diesem Build von Falconry nicht enthalten.</translation>
        </message>
        <message>
            <source>On disk at %1, but it cannot be used: %2</source>
            <translation>Auf der Festplatte unter %1, aber nicht verwendbar: %2</translation>
        </message>
        <message>
            <source>On disk at %1</source>
            <translation>Auf der Festplatte unter %1</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In Verwendung</translation>
        </message>
        <message>
            <source>This folder cannot be used</source>
            <translation>Dieser Ordner ist nicht verwendbar</translation>
        </message>
        <message>
            <source>Open a Falcon model folder</source>
            <translation>Falcon-Modellordner öffnen</translation>
        </message>
        <message>
            <source>%1 layers, hidden %2, %3 heads, vocabulary %4</source>
            <translation>%1 Schichten, Hidden %2, %3 Köpfe, Vokabular %4</translation>
        </message>
        <message>
            <source>RAM %1</source>
            <translation>RAM %1</translation>
        </message>
        <message>
            <source>Size unknown until the model's config.json is on disk.</source>
            <translation>Größe unbekannt, bis die config.json des Modells auf der Festplatte liegt.</translation>
        </message>
        <message>
            <source>✔ Fits: needs %1 of the %2 free.</source>
            <translation>✔ Passt: braucht %1 der %2 freien.</translation>
        </message>
        <message>
            <source>The weights fit: %1 of the %2 free.</source>
            <translation>Die Gewichte passen: %1 der %2 freien.</translation>
        </message>
        <message>
            <source>✘ Does not fit in bf16 (%1 needed, %2 free) — fits with a 4-bit NF4 base (%3).</source>
            <translation>✘ Passt nicht in bf16 (%1 nötig, %2 frei) — passt mit einer 4-Bit-NF4-Basis (%3).</translation>
        </message>
        <message>
            <source>✘ Does not fit: %1 needed, %2 free. A smaller model (Falcon-7B or Falcon-RW-1B), a shorter max length or a machine with more memory would make it fit.</source>
            <translation>✘ Passt nicht: %1 nötig, %2 frei. Ein kleineres Modell (Falcon-7B oder Falcon-RW-1B), eine kürzere maximale Länge oder ein Rechner mit mehr Speicher würde helfen.</translation>
        </message>
        <message>
            <source>Start the demo</source>
            <translation>Demo starten</translation>
        </message>
        <message>
            <source>&lt;b&gt;New to Falconry?&lt;/b&gt; Try the demo: a small Falcon model and a support-agent dataset that come with Falconry. Its "Quick test" run takes a few minutes on a fast computer and 10 or more on a slow or busy one (the Train page shows the time elapsed and left), then Compare shows the base and the tuned model side by side.</source>
            <translation>&lt;b&gt;Neu bei Falconry?&lt;/b&gt; Probieren Sie die Demo: ein kleines Falcon-Modell und ein Support-Datensatz, die mit Falconry kommen. Ihr „Schnelltest“ dauert auf einem schnellen Computer einige Minuten, auf einem langsamen oder ausgelasteten 10 oder mehr (die Seite „Training“ zeigt die vergangene und die verbleibende Zeit); danach zeigt „Vergleichen“ das Basis- und das angepasste Modell nebeneinander.</translation>
        </message>
        <message>
            <source>Training time: estimated once a dataset is chosen in the Data step.</source>
            <translation>Trainingszeit: wird geschätzt, sobald im Schritt „Daten“ ein Datensatz gewählt ist.</translation>
        </message>
        <message>
            <source>Training time: counting the tokens of the chosen data…</source>
            <translation>Trainingszeit: die Tokens der gewählten Daten werden gezählt…</translation>
        </message>
        <message>
            <source>Training time: the chosen data cannot be read with this model's tokenizer (%1).</source>
            <translation>Trainingszeit: Die gewählten Daten lassen sich mit dem Tokenizer dieses Modells nicht lesen (%1).</translation>
        </message>
        <message>
            <source>Training time: estimated once the model is on disk (its tokenizer counts the data's tokens).</source>
            <translation>Trainingszeit: wird geschätzt, sobald das Modell auf der Festplatte liegt (sein Tokenizer zählt die Tokens der Daten).</translation>
        </message>
        <message>
            <source>one epoch of the chosen data (%1 rows, %2 tokens at max length %3)</source>
            <translation>eine Epoche der gewählten Daten (%1 Zeilen, %2 Tokens bei max. Länge %3)</translation>
        </message>
        <message>
            <source>Training time for %1: measuring this computer's speed…</source>
            <translation>Trainingszeit für %1: die Geschwindigkeit dieses Computers wird gemessen…</translation>
        </message>
        <message>
            <source>under a minute</source>
            <translation>unter einer Minute</translation>
        </message>
        <message numerus="yes">
            <source>about %n min</source>
            <translation>
                <numerusform>etwa %n Min.</numerusform>
                <numerusform>etwa %n Min.</numerusform>
            </translation>
        </message>
        <message>
            <source>about %1 h</source>
            <translation>etwa %1 Std.</translation>
        </message>
        <message>
            <source>Training time for %1: %2, at %3 tokens/s measured on this computer (run %4).</source>
            <translation>Trainingszeit für %1: %2, bei %3 Tokens/s, gemessen auf diesem Computer (Lauf %4).</translation>
        </message>
        <message>
            <source>Training time for %1: %2, at about %3 tokens/s estimated from this computer's measured matrix speed (a rough figure; the first run here measures the real one, and the Train page shows the time left).</source>
            <translation>Trainingszeit für %1: %2, bei etwa %3 Tokens/s, geschätzt aus der gemessenen Matrixgeschwindigkeit dieses Computers (ein grober Wert; der erste Lauf hier misst den tatsächlichen, und die Seite „Training“ zeigt die verbleibende Zeit).</translation>
        </message>
        <message>
            <source>Not on this machine: download %1 from the Hugging Face Hub below, or put its Hugging Face folder on disk and use "Open folder…".</source>
            <translation>Nicht auf diesem Rechner: Laden Sie %1 unten vom Hugging Face Hub herunter oder legen Sie seinen Hugging-Face-Ordner auf die Festplatte und verwenden Sie „Ordner öffnen…“.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ProbePanel</name>
        <message>
            <source>Probe prompts</source>
            <translation>Test-Prompts</translation>
        </message>
        <message>
            <source>Answer probe prompts at every checkpoint</source>
            <translation>Test-Prompts bei jedem Checkpoint beantworten</translation>
        </message>
        <message>
            <source>The base model answers once, then every checkpoint as it is written (greedy, between training steps, on the weights already loaded). The Probes tab shows how the answers change. Each round costs a short generation: seconds on small models, longer on 7B.</source>
            <translation>Das Basismodell antwortet einmal, danach jeder Checkpoint, sobald er geschrieben ist (greedy, zwischen den Trainingsschritten, mit den bereits geladenen Gewichten). Der Tab „Test-Prompts“ zeigt, wie sich die Antworten ändern. Jede Runde kostet eine kurze Generierung: Sekunden bei kleinen Modellen, länger bei 7B.</translation>
        </message>
        <message>
            <source>One prompt per line, as a user would ask it.
Empty: the first three held-out examples of the dataset, with their answers as the reference.</source>
            <translation>Ein Prompt pro Zeile, so wie ein Benutzer fragen würde.
Leer: die ersten drei zurückgehaltenen Beispiele des Datensatzes, mit ihren Antworten als Referenz.</translation>
        </message>
        <message>
            <source>New tokens per answer at most. 32–128; longer answers cost more time at each checkpoint.</source>
            <translation>Höchstzahl neuer Tokens pro Antwort. 32–128; längere Antworten kosten bei jedem Checkpoint mehr Zeit.</translation>
        </message>
        <message>
            <source>Answer length:</source>
            <translation>Antwortlänge:</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ProbeTimeline</name>
        <message>
            <source>Base model</source>
            <translation>Basismodell</translation>
        </message>
        <message>
            <source>Checkpoint at step %1</source>
            <translation>Checkpoint bei Schritt %1</translation>
        </message>
        <message>
            <source>Final adapter (step %1)</source>
            <translation>Endgültiger Adapter (Schritt %1)</translation>
        </message>
        <message>
            <source>Choose a run under "Runs", or start one: its probe answers appear here.</source>
            <translation>Wählen Sie einen Lauf unter „Läufe“ oder starten Sie einen: Seine Antworten auf die Test-Prompts erscheinen hier.</translation>
        </message>
        <message>
            <source>No probe answers in this run yet. They are written when the base model has answered and at every checkpoint (turn them on under "Probe prompts").</source>
            <translation>In diesem Lauf gibt es noch keine Antworten auf Test-Prompts. Sie werden geschrieben, sobald das Basismodell geantwortet hat, und bei jedem Checkpoint (einschalten unter „Test-Prompts“).</translation>
        </message>
        <message numerus="yes">
            <source>%n prompt(s) answered by %1 model(s); the answers took %2 in all</source>
            <translation>
                <numerusform>%n Prompt von %1 Modell(en) beantwortet; die Antworten dauerten insgesamt %2</numerusform>
                <numerusform>%n Prompts von %1 Modell(en) beantwortet; die Antworten dauerten insgesamt %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n prompt(s) answered by %1 model(s); the answers took %2 s in all</source>
            <translation>
                <numerusform>%n Prompt von %1 Modell(en) beantwortet; die Antworten dauerten insgesamt %2 s</numerusform>
                <numerusform>%n Prompts von %1 Modell(en) beantwortet; die Antworten dauerten insgesamt %2 s</numerusform>
            </translation>
        </message>
        <message>
            <source> (%1 % of the run's %2).</source>
            <translation> (%1 % der Laufzeit von %2).</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <source>(no answer: the model ended at once)</source>
            <translation>(keine Antwort: Das Modell hat sofort beendet)</translation>
        </message>
        <message>
            <source>Reference answer (from the dataset)</source>
            <translation>Referenzantwort (aus dem Datensatz)</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::QualityPanel</name>
        <message>
            <source>Exact duplicates</source>
            <translation>Exakte Duplikate</translation>
        </message>
        <message>
            <source>Near duplicates</source>
            <translation>Beinahe-Duplikate</translation>
        </message>
        <message>
            <source>Empty field</source>
            <translation>Leeres Feld</translation>
        </message>
        <message>
            <source>Longer than max length</source>
            <translation>Länger als die maximale Länge</translation>
        </message>
        <message>
            <source>Very short</source>
            <translation>Sehr kurz</translation>
        </message>
        <message>
            <source>Train/eval overlap</source>
            <translation>Überschneidung Training/Evaluierung</translation>
        </message>
        <message>
            <source>Invalid text</source>
            <translation>Ungültiger Text</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Max length</source>
            <translation>Maximale Länge</translation>
        </message>
        <message>
            <source>tokens per row</source>
            <translation>Token pro Zeile</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Befunde</translation>
        </message>
        <message>
            <source>Drop exact duplicates</source>
            <translation>Exakte Duplikate entfernen</translation>
        </message>
        <message>
            <source>Drop empty rows</source>
            <translation>Leere Zeilen entfernen</translation>
        </message>
        <message>
            <source>Trim whitespace</source>
            <translation>Leerraum entfernen</translation>
        </message>
        <message>
            <source>What the model sees</source>
            <translation>Was das Modell sieht</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Rollen:</translation>
        </message>
        <message>
            <source>Q: {question}\nA: {answer}</source>
            <translation>F: {question}\nA: {answer}</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Vorlage:</translation>
        </message>
        <message>
            <source>Answers only</source>
            <translation>Nur Antworten</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>cut the end</source>
            <translation>Ende abschneiden</translation>
        </message>
        <message>
            <source>cut the start</source>
            <translation>Anfang abschneiden</translation>
        </message>
        <message>
            <source>Max length:</source>
            <translation>Maximale Länge:</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Eval split:</source>
            <translation>Evaluierungsanteil:</translation>
        </message>
        <message>
            <source>No tokenizer: choose a model on the Model page to count tokens.</source>
            <translation>Kein Tokenizer: Wählen Sie auf der Seite Modell ein Modell, um Token zu zählen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 rows&lt;/b&gt;, %2 tokens · mean %3 · p50 %4 · p90 %5 · p99 %6 · max %7</source>
            <translation>&lt;b&gt;%1 Zeilen&lt;/b&gt;, %2 Token · Mittel %3 · p50 %4 · p90 %5 · p99 %6 · max %7</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cut at max length %1</source>
            <translation>
                <numerusform>%n Zeile bei maximaler Länge %1 abgeschnitten</numerusform>
                <numerusform>%n Zeilen bei maximaler Länge %1 abgeschnitten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n multi-turn</source>
            <translation>
                <numerusform> · %n mit mehreren Runden</numerusform>
                <numerusform> · %n mit mehreren Runden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) could not be rendered: %1</source>
            <translation>
                <numerusform>%n Zeile konnte nicht dargestellt werden: %1</numerusform>
                <numerusform>%n Zeilen konnten nicht dargestellt werden: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n row(s): %2</source>
            <translation>
                <numerusform>%1 — %n Zeile: %2</numerusform>
                <numerusform>%1 — %n Zeilen: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>No findings.</source>
            <translation>Keine Befunde.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::RunClock</name>
        <message>
            <source>%1 elapsed; loading the model and the data…</source>
            <translation>%1 vergangen; Modell und Daten werden geladen…</translation>
        </message>
        <message>
            <source>%1 elapsed, about %2 left (paused)</source>
            <translation>%1 vergangen, noch etwa %2 (pausiert)</translation>
        </message>
        <message>
            <source>%1 elapsed, about %2 left</source>
            <translation>%1 vergangen, noch etwa %2</translation>
        </message>
        <message>
            <source>%1 elapsed; estimating the time left…</source>
            <translation>%1 vergangen; die verbleibende Zeit wird geschätzt…</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::RunHistoryPanel</name>
        <message>
            <source>Overlay</source>
            <translation>Überlagern</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Lauf</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>Last loss</source>
            <translation>Letzter Loss</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Settings side by side</source>
            <translation>Einstellungen nebeneinander</translation>
        </message>
        <message>
            <source>Compare the settings of the selected runs</source>
            <translation>Die Einstellungen der gewählten Läufe vergleichen</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>beendet</translation>
        </message>
        <message>
            <source>can resume</source>
            <translation>fortsetzbar</translation>
        </message>
        <message>
            <source>training</source>
            <translation>trainiert</translation>
        </message>
        <message>
            <source>can restart</source>
            <translation>kann neu starten</translation>
        </message>
        <message>
            <source>Save as bundle…</source>
            <translation>Als Paket speichern…</translation>
        </message>
        <message>
            <source>Save the selected finished run as one file: its settings, loss curve, dataset hash, adapter, probe answers, Compare votes, and the versions and machine it trained on</source>
            <translation>Den gewählten beendeten Lauf als eine Datei speichern: seine Einstellungen, die Loss-Kurve, den Hash des Datensatzes, den Adapter, die Antworten auf die Test-Prompts, die Stimmen aus „Vergleichen“ sowie die Versionen und die Maschine, auf der er trainiert wurde</translation>
        </message>
        <message>
            <source>with examples</source>
            <translation>mit Beispielen</translation>
        </message>
        <message>
            <source>Also put in every training example as the model saw it (needs the run's model and dataset on this computer; makes the file larger)</source>
            <translation>Auch jedes Trainingsbeispiel so hineinlegen, wie das Modell es sah (braucht Modell und Datensatz des Laufs auf diesem Computer; macht die Datei größer)</translation>
        </message>
        <message>
            <source>Open bundle…</source>
            <translation>Paket öffnen…</translation>
        </message>
        <message>
            <source>Show a run someone saved as a bundle, read-only, beside your own runs</source>
            <translation>Einen Lauf, den jemand als Paket gespeichert hat, schreibgeschützt neben Ihren eigenen Läufen zeigen</translation>
        </message>
        <message>
            <source>%1
Opened from a run bundle saved %2 with Falconry %3; trained on %4 (%5). Read-only.</source>
            <translation>%1
Geöffnet aus einem Laufpaket, gespeichert %2 mit Falconry %3; trainiert auf %4 (%5). Schreibgeschützt.</translation>
        </message>
        <message>
            <source>imported, read-only</source>
            <translation>importiert, schreibgeschützt</translation>
        </message>
        <message>
            <source>Only a finished run can be saved as a bundle: resume it to the end first</source>
            <translation>Nur ein beendeter Lauf kann als Paket gespeichert werden: Setzen Sie ihn zuerst bis zum Ende fort</translation>
        </message>
        <message>
            <source>Run bundle</source>
            <translation>Laufpaket</translation>
        </message>
        <message>
            <source>Saving %1…</source>
            <translation>Speichere %1…</translation>
        </message>
        <message>
            <source>Saved %1 (%2)</source>
            <translation>%1 gespeichert (%2)</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Öffne %1…</translation>
        </message>
        <message>
            <source>Not opened: %1</source>
            <translation>Nicht geöffnet: %1</translation>
        </message>
        <message>
            <source>Opened %1 (read-only)</source>
            <translation>%1 geöffnet (schreibgeschützt)</translation>
        </message>
        <message>
            <source>Save run as bundle</source>
            <translation>Lauf als Paket speichern</translation>
        </message>
        <message>
            <source>Falconry run bundles (*.falconry-run)</source>
            <translation>Falconry-Laufpakete (*.falconry-run)</translation>
        </message>
        <message>
            <source>Open a run bundle</source>
            <translation>Ein Laufpaket öffnen</translation>
        </message>
        <message>
            <source>Falconry run bundles (*.falconry-run);;All files (*)</source>
            <translation>Falconry-Laufpakete (*.falconry-run);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::RunTargetPanel</name>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>CUDA GPUs</source>
            <translation>CUDA-GPUs</translation>
        </message>
        <message>
            <source>CUDA: one GPU per process, the process's local rank picks it</source>
            <translation>CUDA: eine GPU pro Prozess, der lokale Rang des Prozesses wählt sie aus</translation>
        </message>
        <message>
            <source>Run on</source>
            <translation>Ausführen auf</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Dieser Rechner</translation>
        </message>
        <message>
            <source>Train inside Falconry, in one process (pause and resume work at once)</source>
            <translation>In Falconry in einem einzigen Prozess trainieren (Pause und Fortsetzen wirken sofort)</translation>
        </message>
        <message>
            <source>Local processes</source>
            <translation>Lokale Prozesse</translation>
        </message>
        <message>
            <source>Start falconry-cli with several data-parallel processes on this machine</source>
            <translation>falconry-cli mit mehreren datenparallelen Prozessen auf diesem Rechner starten</translation>
        </message>
        <message>
            <source>Processes:</source>
            <translation>Prozesse:</translation>
        </message>
        <message>
            <source>Device:</source>
            <translation>Gerät:</translation>
        </message>
        <message>
            <source>Cluster: export a launch script</source>
            <translation>Cluster: Startskript exportieren</translation>
        </message>
        <message>
            <source>Nothing runs here: write the run's settings and a torchrun or Slurm script to start it on a cluster</source>
            <translation>Hier läuft nichts: die Einstellungen des Laufs und ein torchrun- oder Slurm-Skript schreiben, um ihn auf einem Cluster zu starten</translation>
        </message>
        <message>
            <source>torchrun</source>
            <translation>torchrun</translation>
        </message>
        <message>
            <source>Slurm (sbatch)</source>
            <translation>Slurm (sbatch)</translation>
        </message>
        <message>
            <source>Launcher:</source>
            <translation>Starter:</translation>
        </message>
        <message>
            <source>Nodes:</source>
            <translation>Knoten:</translation>
        </message>
        <message>
            <source>Usually the number of GPUs of each node</source>
            <translation>Meist die Anzahl der GPUs pro Knoten</translation>
        </message>
        <message>
            <source>Processes per node:</source>
            <translation>Prozesse pro Knoten:</translation>
        </message>
        <message>
            <source>the cluster's default</source>
            <translation>Standard des Clusters</translation>
        </message>
        <message>
            <source>Partition:</source>
            <translation>Partition:</translation>
        </message>
        <message>
            <source>Slurm's --time: HH:MM:SS or D-HH:MM:SS</source>
            <translation>--time von Slurm: HH:MM:SS oder D-HH:MM:SS</translation>
        </message>
        <message>
            <source>Time limit:</source>
            <translation>Zeitlimit:</translation>
        </message>
        <message>
            <source>Export launch script…</source>
            <translation>Startskript exportieren…</translation>
        </message>
        <message>
            <source>Write the run's settings and the launch script to a folder of your choice</source>
            <translation>Die Einstellungen des Laufs und das Startskript in einen Ordner Ihrer Wahl schreiben</translation>
        </message>
        <message>
            <source>The model and dataset paths must be valid on the nodes, and falconry-cli must be on their PATH; edit the .settings.json written beside the script if not.</source>
            <translation>Die Pfade von Modell und Datensatz müssen auf den Knoten gültig sein, und falconry-cli muss in deren PATH liegen; andernfalls bearbeiten Sie die neben dem Skript geschriebene .settings.json.</translation>
        </message>
        <message numerus="yes">
            <source>Each process trains on its share of every batch with %n thread(s) (%1 cores / %2). This pays off on machines with several GPUs or CPU sockets more than on a laptop.</source>
            <translation>
                <numerusform>Jeder Prozess trainiert seinen Anteil jedes Batches mit %n Thread (%1 Kerne / %2). Das lohnt sich eher auf Rechnern mit mehreren GPUs oder CPU-Sockeln als auf einem Laptop.</numerusform>
                <numerusform>Jeder Prozess trainiert seinen Anteil jedes Batches mit %n Threads (%1 Kerne / %2). Das lohnt sich eher auf Rechnern mit mehreren GPUs oder CPU-Sockeln als auf einem Laptop.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::StrategyCheckDialog</name>
        <message>
            <source>Base model</source>
            <translation>Basismodell</translation>
        </message>
        <message>
            <source>Base + knowledge base</source>
            <translation>Basismodell + Wissensbasis</translation>
        </message>
        <message>
            <source>Tuned model</source>
            <translation>Angepasstes Modell</translation>
        </message>
        <message>
            <source>Tuned + knowledge base</source>
            <translation>Angepasstes Modell + Wissensbasis</translation>
        </message>
        <message>
            <source>Strategy check</source>
            <translation>Strategie-Check</translation>
        </message>
        <message>
            <source>Which strategy knows your facts? Write questions and the fact a right answer must contain (a number, a name, a short phrase). Falconry asks the base model and the tuned model, each with and without the knowledge base, and counts the answers that contain the fact.</source>
            <translation>Welche Strategie kennt Ihre Fakten? Schreiben Sie Fragen und den Fakt, den eine richtige Antwort enthalten muss (eine Zahl, einen Namen, eine kurze Wendung). Falconry fragt das Basismodell und das angepasste Modell, jeweils mit und ohne Wissensbasis, und zählt die Antworten, die den Fakt enthalten.</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Fragen</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Fact the answer must contain</source>
            <translation>Fakt, den die Antwort enthalten muss</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Frage hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Load CSV…</source>
            <translation>CSV laden…</translation>
        </message>
        <message>
            <source>A CSV file with a 'question' and a 'fact' column</source>
            <translation>Eine CSV-Datei mit einer Spalte 'question' und einer Spalte 'fact'</translation>
        </message>
        <message>
            <source>Demo questions</source>
            <translation>Demo-Fragen</translation>
        </message>
        <message>
            <source>The 42 questions about the Aerie feeder's manual</source>
            <translation>Die 42 Fragen zum Handbuch des Aerie-Futterhauses</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>With the knowledge base</source>
            <translation>Mit der Wissensbasis</translation>
        </message>
        <message>
            <source>Adapter…</source>
            <translation>Adapter…</translation>
        </message>
        <message>
            <source>The adapter folder the tuned model uses</source>
            <translation>Der Adapterordner, den das angepasste Modell nutzt</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> Tokens</translation>
        </message>
        <message>
            <source>The longest answer; a fact is short, and shorter answers make the check faster</source>
            <translation>Die längste Antwort; ein Fakt ist kurz, und kürzere Antworten machen den Check schneller</translation>
        </message>
        <message>
            <source>Answers up to</source>
            <translation>Antworten bis zu</translation>
        </message>
        <message>
            <source>Run the check</source>
            <translation>Check starten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop; the answers finished so far are counted</source>
            <translation>Anhalten; die bis dahin fertigen Antworten werden gezählt</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategie</translation>
        </message>
        <message>
            <source>Answers with the fact</source>
            <translation>Antworten mit dem Fakt</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>Fact</source>
            <translation>Fakt</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>These questions cannot be read: %1</source>
            <translation>Diese Fragen können nicht gelesen werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) from %1.</source>
            <translation>
                <numerusform>%n Frage aus %1.</numerusform>
                <numerusform>%n Fragen aus %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>No adapter: train one or choose a folder</source>
            <translation>Kein Adapter: Trainieren Sie einen oder wählen Sie einen Ordner</translation>
        </message>
        <message>
            <source>Adapter: %1</source>
            <translation>Adapter: %1</translation>
        </message>
        <message>
            <source>Choose a model on the Model page first.</source>
            <translation>Wählen Sie zuerst auf der Seite Modell ein Modell.</translation>
        </message>
        <message>
            <source>Add questions with their facts, or load them from a CSV file.</source>
            <translation>Fügen Sie Fragen mit ihren Fakten hinzu oder laden Sie sie aus einer CSV-Datei.</translation>
        </message>
        <message numerus="yes">
            <source>Asking %1 (%n question(s) each)…</source>
            <translation>
                <numerusform>Befrage %1 (je %n Frage)…</numerusform>
                <numerusform>Befrage %1 (je %n Fragen)…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled before any answer was finished.</source>
            <translation>Abgebrochen, bevor eine Antwort fertig war.</translation>
        </message>
        <message>
            <source>Cancelled: the counts are of the answers finished before.</source>
            <translation>Abgebrochen: Gezählt sind die Antworten, die vorher fertig waren.</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>Fact: %1</source>
            <translation>Fakt: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n passage(s), fact %1 them</source>
            <translation>
                <numerusform>%n Passage, Fakt %1</numerusform>
                <numerusform>%n Passagen, Fakt %1</numerusform>
            </translation>
        </message>
        <message>
            <source>in</source>
            <translation>enthalten</translation>
        </message>
        <message>
            <source>not in</source>
            <translation>nicht enthalten</translation>
        </message>
        <message>
            <source>The answer contains the fact</source>
            <translation>Die Antwort enthält den Fakt</translation>
        </message>
        <message>
            <source>The answer does not contain the fact</source>
            <translation>Die Antwort enthält den Fakt nicht</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s).</source>
            <translation>
                <numerusform>%n Frage.</numerusform>
                <numerusform>%n Fragen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The retrieved passages held the fact for %1 of them: what the model could quote.</source>
            <translation>Die abgerufenen Passagen enthielten den Fakt bei %1 davon: das, was das Modell zitieren konnte.</translation>
        </message>
        <message>
            <source>The answers quote few of those facts: this model does not read passages well. A larger or instruction-tuned model, or tuning it on answers written from passages, is the next step.</source>
            <translation>Die Antworten zitieren wenige dieser Fakten: Dieses Modell liest Passagen nicht gut. Der nächste Schritt ist ein größeres oder auf Anweisungen abgestimmtes Modell, oder es mit Antworten zu trainieren, die aus Passagen geschrieben sind.</translation>
        </message>
        <message>
            <source>No tuned answers: choose an adapter to compare fine-tuning too.</source>
            <translation>Keine Antworten des angepassten Modells: Wählen Sie einen Adapter, um auch das Fine-Tuning zu vergleichen.</translation>
        </message>
        <message>
            <source>Questions with facts</source>
            <translation>Fragen mit Fakten</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Adapter folder (with adapter_config.json)</source>
            <translation>Adapterordner (mit adapter_config.json)</translation>
        </message>
        <message>
            <source>%1 holds no adapter_config.json: not a PEFT adapter folder.</source>
            <translation>%1 enthält keine adapter_config.json: kein PEFT-Adapterordner.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::StrategyGuide</name>
        <message>
            <source>&lt;b&gt;What should the model learn: how to talk, or what to know?&lt;/b&gt; Many uses want both; Compare shows base and tuned, each with or without the knowledge base, side by side.</source>
            <translation>&lt;b&gt;Was soll das Modell lernen: wie es spricht oder was es weiß?&lt;/b&gt; Viele Anwendungen brauchen beides; „Vergleichen“ zeigt Basis- und angepasstes Modell, jeweils mit oder ohne Wissensbasis, nebeneinander.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ausblenden</translation>
        </message>
        <message>
            <source>Hide this guide (the Knowledge and Data steps stay in the list on the left)</source>
            <translation>Diese Anleitung ausblenden (die Schritte „Wissen“ und „Daten“ bleiben in der Liste links)</translation>
        </message>
        <message>
            <source>&lt;b&gt;How to talk&lt;/b&gt;: a tone, a persona, a format, the way your team answers. Show it examples and &lt;i&gt;fine-tune&lt;/i&gt; it: the behaviour becomes part of the model.</source>
            <translation>&lt;b&gt;Wie es spricht&lt;/b&gt;: ein Ton, eine Rolle, ein Format, die Art, wie Ihr Team antwortet. Zeigen Sie ihm Beispiele und &lt;i&gt;passen Sie es an&lt;/i&gt; (Fine-Tuning): Das Verhalten wird Teil des Modells.</translation>
        </message>
        <message>
            <source>&lt;b&gt;What to know&lt;/b&gt;: facts that must be exact and current, such as a manual, prices or policies. Give it a &lt;i&gt;knowledge base&lt;/i&gt;: it looks the facts up and cites them, and a changed document is simply imported again.</source>
            <translation>&lt;b&gt;Was es weiß&lt;/b&gt;: Fakten, die genau und aktuell sein müssen, etwa ein Handbuch, Preise oder Richtlinien. Geben Sie ihm eine &lt;i&gt;Wissensbasis&lt;/i&gt;: Es schlägt die Fakten nach und zitiert sie, und ein geändertes Dokument wird einfach neu importiert.</translation>
        </message>
        <message>
            <source>Teach it how to talk: Data</source>
            <translation>Sprechen beibringen: Daten</translation>
        </message>
        <message>
            <source>Give it facts: Knowledge</source>
            <translation>Fakten geben: Wissen</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TokenView</name>
        <message>
            <source> ✂ cut at max length </source>
            <translation> ✂ bei maximaler Länge abgeschnitten </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainLauncher</name>
        <message>
            <source>Training finished.</source>
            <translation>Training beendet.</translation>
        </message>
        <message>
            <source>Training stopped; the last checkpoint can be resumed.</source>
            <translation>Training gestoppt; der letzte Checkpoint kann fortgesetzt werden.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Cannot create the run folder %1.</source>
            <translation>Der Laufordner %1 kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>Cannot start the local processes: %1</source>
            <translation>Die lokalen Prozesse können nicht gestartet werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>Starting %n local process(es); progress is read from the run's metrics.jsonl.</source>
            <translation>
                <numerusform>Starte %n lokalen Prozess; der Fortschritt wird aus der metrics.jsonl des Laufs gelesen.</numerusform>
                <numerusform>Starte %n lokale Prozesse; der Fortschritt wird aus der metrics.jsonl des Laufs gelesen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopping the local processes now…</source>
            <translation>Stoppe die lokalen Prozesse sofort…</translation>
        </message>
        <message>
            <source>Stopping after the current step (every process writes its part of the checkpoint)…</source>
            <translation>Stoppe nach dem aktuellen Schritt (jeder Prozess schreibt seinen Teil des Checkpoints)…</translation>
        </message>
        <message>
            <source>Stopping after the current step…</source>
            <translation>Stoppe nach dem aktuellen Schritt…</translation>
        </message>
        <message>
            <source>The launch script could not be written: %1</source>
            <translation>Das Startskript konnte nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>submit it with: sbatch %1</source>
            <translation>mit sbatch %1 einreichen</translation>
        </message>
        <message>
            <source>run it on every node (NODE_RANK=0 on the head node, HEAD_NODE=&lt;its address&gt; NODE_RANK=i on the others)</source>
            <translation>es auf jedem Knoten ausführen (NODE_RANK=0 auf dem Hauptknoten, HEAD_NODE=&lt;dessen Adresse&gt; NODE_RANK=i auf den übrigen)</translation>
        </message>
        <message>
            <source>Wrote the launch script %1 and the run's settings %2. Copy both to the cluster and, in their folder, %3. The run folder will be runs/%4 there.</source>
            <translation>Startskript %1 und Einstellungen des Laufs %2 geschrieben. Kopieren Sie beide auf den Cluster; dort in ihrem Ordner: %3. Der Laufordner ist dort runs/%4.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainPage</name>
        <message>
            <source>Dataset:</source>
            <translation>Datensatz:</translation>
        </message>
        <message>
            <source>A JSONL ({"prompt", "completion"} or {"text"}) or CSV file, or the Data step's dataset</source>
            <translation>Eine JSONL- ({"prompt", "completion"} oder {"text"}) oder CSV-Datei, oder der Datensatz aus dem Schritt Daten</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Start a new run (Ctrl+Enter)</source>
            <translation>Neuen Lauf starten (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Stop after the current step; the last checkpoint stays usable</source>
            <translation>Nach dem aktuellen Schritt stoppen; der letzte Checkpoint bleibt nutzbar</translation>
        </message>
        <message>
            <source>Resume selected run</source>
            <translation>Gewählten Lauf fortsetzen</translation>
        </message>
        <message>
            <source>Continue the run selected under "Runs" from its last checkpoint (also after a crash)</source>
            <translation>Den unter „Läufe“ gewählten Lauf ab seinem letzten Checkpoint fortsetzen (auch nach einem Absturz)</translation>
        </message>
        <message>
            <source>Smoothing:</source>
            <translation>Glättung:</translation>
        </message>
        <message>
            <source>Exponential moving average of the train loss: 0 = raw, 0.99 = very smooth</source>
            <translation>Exponentieller gleitender Mittelwert des Trainings-Loss: 0 = roh, 0,99 = sehr glatt</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Läufe</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Model: none chosen yet — pick one in the Model step.</source>
            <translation>Modell: noch keines gewählt — wählen Sie eines im Schritt Modell.</translation>
        </message>
        <message>
            <source>Model: %1  (%2)</source>
            <translation>Modell: %1  (%2)</translation>
        </message>
        <message>
            <source>Choose a dataset</source>
            <translation>Datensatz wählen</translation>
        </message>
        <message>
            <source>Datasets (*.jsonl *.json *.csv *.tsv);;All files (*)</source>
            <translation>Datensätze (*.jsonl *.json *.csv *.tsv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Choose a model in the Model step first.</source>
            <translation>Wählen Sie zuerst im Schritt Modell ein Modell.</translation>
        </message>
        <message>
            <source>Choose a dataset file first.</source>
            <translation>Wählen Sie zuerst eine Datensatzdatei.</translation>
        </message>
        <message>
            <source>Starting a run in %1</source>
            <translation>Starte einen Lauf in %1</translation>
        </message>
        <message>
            <source>Paused.</source>
            <translation>Pausiert.</translation>
        </message>
        <message>
            <source>Resumed.</source>
            <translation>Fortgesetzt.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>"Run on" is set to a cluster: export a launch script, or choose this computer to train here.</source>
            <translation>„Ausführen auf“ ist auf einen Cluster gesetzt: Exportieren Sie ein Startskript oder wählen Sie „Dieser Rechner“, um hier zu trainieren.</translation>
        </message>
        <message>
            <source>Training failed</source>
            <translation>Training fehlgeschlagen</translation>
        </message>
        <message>
            <source>The last lines falconry-cli wrote are below and in the log.</source>
            <translation>Die letzten Zeilen, die falconry-cli geschrieben hat, stehen unten und im Protokoll.</translation>
        </message>
        <message>
            <source>Export launch script</source>
            <translation>Startskript exportieren</translation>
        </message>
        <message>
            <source>Slurm batch scripts (*.sbatch *.sh);;All files (*)</source>
            <translation>Slurm-Batchskripte (*.sbatch *.sh);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Shell scripts (*.sh);;All files (*)</source>
            <translation>Shell-Skripte (*.sh);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>"Run on" is set to a cluster: use "Export launch script…" below</source>
            <translation>„Ausführen auf“ ist auf einen Cluster gesetzt: Verwenden Sie unten „Startskript exportieren…“</translation>
        </message>
        <message>
            <source>This run may not fit in memory</source>
            <translation>Dieser Lauf passt womöglich nicht in den Speicher</translation>
        </message>
        <message>
            <source>Not started: change the settings and press Start again.</source>
            <translation>Nicht gestartet: Ändern Sie die Einstellungen und drücken Sie erneut auf Start.</translation>
        </message>
        <message>
            <source>%1: %2 %3</source>
            <translation>%1: %2 %3</translation>
        </message>
        <message>
            <source>Your edits on the Data page could not be saved, so training did not start: %1</source>
            <translation>Ihre Änderungen auf der Daten-Seite konnten nicht gespeichert werden, daher wurde das Training nicht gestartet: %1</translation>
        </message>
        <message>
            <source>%1 has finished; there is nothing to resume.</source>
            <translation>%1 ist fertig; es gibt nichts fortzusetzen.</translation>
        </message>
        <message>
            <source>Resuming with the learning rate %1 (the run used %2).</source>
            <translation>Fortsetzen mit der Lernrate %1 (der Lauf verwendete %2).</translation>
        </message>
        <message>
            <source>Resuming %1 from its last checkpoint (from the start when it has none)</source>
            <translation>%1 wird vom letzten Checkpoint fortgesetzt (von vorn, wenn es keinen gibt)</translation>
        </message>
        <message>
            <source>Probes</source>
            <translation>Test-Prompts</translation>
        </message>
        <message>
            <source>Adapter map…</source>
            <translation>Adapter-Karte…</translation>
        </message>
        <message>
            <source>Which layers the selected run's adapter changed, and how much (its final adapter, or its newest checkpoint while it trains)</source>
            <translation>Welche Schichten der Adapter des gewählten Laufs wie stark verändert hat (sein endgültiger Adapter oder, während er trainiert, sein neuester Checkpoint)</translation>
        </message>
        <message>
            <source>Checking the data as the run will see it…</source>
            <translation>Prüfe die Daten so, wie der Lauf sie sehen wird…</translation>
        </message>
        <message>
            <source>Not started: no token of any example would be in the loss. See the finding below for what to change.</source>
            <translation>Nicht gestartet: Kein Token eines Beispiels käme in den Loss. Was zu ändern ist, steht im Befund unten.</translation>
        </message>
        <message>
            <source>Changed by the triage: %1.</source>
            <translation>Von der Diagnose geändert: %1.</translation>
        </message>
        <message>
            <source>Rows cut at the max length</source>
            <translation>Bei maximaler Länge abgeschnittene Zeilen</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) are longer than the max length.</source>
            <translation>
                <numerusform>%n Zeile ist länger als die maximale Länge.</numerusform>
                <numerusform>%n Zeilen sind länger als die maximale Länge.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the dataset on the Data page (Import…) to see them marked as too long.</source>
            <translation>Öffnen Sie den Datensatz auf der Daten-Seite (Importieren…), um sie als zu lang markiert zu sehen.</translation>
        </message>
        <message>
            <source>Row ids: %1</source>
            <translation>Zeilen-IDs: %1</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainProgressRow</name>
        <message>
            <source>step %v of %m</source>
            <translation>Schritt %v von %m</translation>
        </message>
        <message>
            <source>done in %1</source>
            <translation>fertig nach %1</translation>
        </message>
        <message>
            <source>ended after %1</source>
            <translation>beendet nach %1</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainSettingsForm</name>
        <message>
            <source>Quick test</source>
            <translation>Schnelltest</translation>
        </message>
        <message>
            <source>Falcon QLoRA recipe</source>
            <translation>Falcon-QLoRA-Rezept</translation>
        </message>
        <message>
            <source>Low memory</source>
            <translation>Wenig Speicher</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Benutzerdefiniert</translation>
        </message>
        <message>
            <source>Preset:</source>
            <translation>Vorlage:</translation>
        </message>
        <message>
            <source>LoRA adapter</source>
            <translation>LoRA-Adapter</translation>
        </message>
        <message>
            <source>Rank r:</source>
            <translation>Rang r:</translation>
        </message>
        <message>
            <source>Size of the adapter. 8–64; higher learns more and needs more memory.</source>
            <translation>Größe des Adapters. 8–64; höher lernt mehr und braucht mehr Speicher.</translation>
        </message>
        <message>
            <source>Alpha:</source>
            <translation>Alpha:</translation>
        </message>
        <message>
            <source>Scale of the update is alpha / r. Usually r to 2·r; QLoRA uses 16.</source>
            <translation>Die Skalierung des Updates ist alpha / r. Meist r bis 2·r; QLoRA nutzt 16.</translation>
        </message>
        <message>
            <source>Dropout:</source>
            <translation>Dropout:</translation>
        </message>
        <message>
            <source>On the adapter only. 0–0.1; 0.1 for small datasets.</source>
            <translation>Nur auf dem Adapter. 0–0,1; 0,1 für kleine Datensätze.</translation>
        </message>
        <message>
            <source>Layers:</source>
            <translation>Schichten:</translation>
        </message>
        <message>
            <source>Which linear layers get an adapter. All four is the QLoRA recipe; query_key_value alone is cheapest.</source>
            <translation>Welche linearen Schichten einen Adapter bekommen. Alle vier ist das QLoRA-Rezept; nur query_key_value ist am günstigsten.</translation>
        </message>
        <message>
            <source>4-bit NF4 base (QLoRA)</source>
            <translation>4-Bit-NF4-Basis (QLoRA)</translation>
        </message>
        <message>
            <source>Quarters the weights' memory; about 20–40 % slower per step.</source>
            <translation>Viertelt den Speicher der Gewichte; etwa 20–40 % langsamer pro Schritt.</translation>
        </message>
        <message>
            <source>Optimisation</source>
            <translation>Optimierung</translation>
        </message>
        <message>
            <source>Learning rate:</source>
            <translation>Lernrate:</translation>
        </message>
        <message>
            <source>1e-4 to 3e-4 for LoRA; lower it if the loss jumps or becomes NaN.</source>
            <translation>1e-4 bis 3e-4 für LoRA; senken, wenn der Loss springt oder NaN wird.</translation>
        </message>
        <message>
            <source>constant</source>
            <translation>konstant</translation>
        </message>
        <message>
            <source>linear decay</source>
            <translation>linearer Abfall</translation>
        </message>
        <message>
            <source>cosine decay</source>
            <translation>Kosinus-Abfall</translation>
        </message>
        <message>
            <source>Schedule:</source>
            <translation>Verlauf:</translation>
        </message>
        <message>
            <source>Constant is the QLoRA recipe; cosine often ends a little lower.</source>
            <translation>Konstant ist das QLoRA-Rezept; Kosinus endet oft etwas tiefer.</translation>
        </message>
        <message>
            <source>Warmup:</source>
            <translation>Aufwärmen:</translation>
        </message>
        <message>
            <source>Fraction of steps with a rising rate. 0.03–0.1.</source>
            <translation>Anteil der Schritte mit steigender Rate. 0,03–0,1.</translation>
        </message>
        <message>
            <source>Gradient clip:</source>
            <translation>Gradient Clipping:</translation>
        </message>
        <message>
            <source>Largest gradient norm. 0.3 (QLoRA) to 1.0; 0 turns it off.</source>
            <translation>Größte Gradientennorm. 0,3 (QLoRA) bis 1,0; 0 schaltet es ab.</translation>
        </message>
        <message>
            <source>Batches and schedule</source>
            <translation>Batches und Ablauf</translation>
        </message>
        <message>
            <source>Max length:</source>
            <translation>Maximale Länge:</translation>
        </message>
        <message>
            <source>Batch size:</source>
            <translation>Batchgröße:</translation>
        </message>
        <message>
            <source>Examples per step. 1–8 on a CPU; raise the accumulation instead.</source>
            <translation>Beispiele pro Schritt. 1–8 auf einer CPU; erhöhen Sie stattdessen die Akkumulation.</translation>
        </message>
        <message>
            <source>Accumulation:</source>
            <translation>Akkumulation:</translation>
        </message>
        <message>
            <source>Steps summed before an update: effective batch = batch × this. 4–16.</source>
            <translation>Schritte, die vor einem Update summiert werden: effektiver Batch = Batch × dies. 4–16.</translation>
        </message>
        <message>
            <source>Epochs:</source>
            <translation>Epochen:</translation>
        </message>
        <message>
            <source>Passes over the data. 1–3; more overfits small datasets.</source>
            <translation>Durchläufe über die Daten. 1–3; mehr überanpasst kleine Datensätze.</translation>
        </message>
        <message>
            <source>from epochs</source>
            <translation>aus Epochen</translation>
        </message>
        <message>
            <source>Max steps:</source>
            <translation>Max. Schritte:</translation>
        </message>
        <message>
            <source>Stops after this many updates; overrides epochs when set.</source>
            <translation>Stoppt nach so vielen Updates; hat Vorrang vor den Epochen, wenn gesetzt.</translation>
        </message>
        <message>
            <source>Eval split:</source>
            <translation>Evaluierungsanteil:</translation>
        </message>
        <message>
            <source>Eval every:</source>
            <translation>Eval alle:</translation>
        </message>
        <message>
            <source>Steps between eval losses. Each costs a pass over the eval rows.</source>
            <translation>Schritte zwischen Eval-Losses. Jeder kostet einen Durchlauf über die Eval-Zeilen.</translation>
        </message>
        <message>
            <source>Checkpoint every:</source>
            <translation>Checkpoint alle:</translation>
        </message>
        <message>
            <source>Steps between checkpoints; a crashed run resumes from the last.</source>
            <translation>Schritte zwischen Checkpoints; ein abgestürzter Lauf setzt beim letzten fort.</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Seed:</translation>
        </message>
        <message>
            <source>Same seed and settings give the same run.</source>
            <translation>Gleicher Seed und gleiche Einstellungen ergeben den gleichen Lauf.</translation>
        </message>
        <message>
            <source>Gradient checkpointing</source>
            <translation>Gradient Checkpointing</translation>
        </message>
        <message>
            <source>Recomputes activations in the backward pass: much less memory, about 30 % slower.</source>
            <translation>Berechnet Aktivierungen im Rückwärtsdurchlauf neu: viel weniger Speicher, etwa 30 % langsamer.</translation>
        </message>
        <message>
            <source>Quick test: a short run to check that everything works (200 steps on small models: the demo takes a few minutes on a fast computer, 10 or more on a slow or busy one; 30 steps on models of a billion parameters or more). Falcon QLoRA recipe: the settings of the QLoRA paper for Falcon. Low memory: the smallest footprint.</source>
            <translation>Schnelltest: ein kurzer Lauf, der prüft, ob alles funktioniert (200 Schritte bei kleinen Modellen: die Demo dauert auf einem schnellen Computer einige Minuten, auf einem langsamen oder ausgelasteten 10 oder mehr; 30 Schritte bei Modellen ab einer Milliarde Parametern). Falcon-QLoRA-Rezept: die Einstellungen des QLoRA-Papers für Falcon. Wenig Speicher: der kleinste Speicherbedarf.</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>Early stopping:</source>
            <translation>Frühes Beenden:</translation>
        </message>
        <message>
            <source>Stops the run when the eval loss has not improved for this many evals in a row (needs an eval split); the adapter is saved as usual. 3–5 against overfitting; off trains to the end.</source>
            <translation>Beendet den Lauf, wenn sich der Eval-Verlust so viele Evaluierungen in Folge nicht verbessert hat (braucht einen Eval-Anteil); der Adapter wird wie üblich gespeichert. 3–5 gegen Überanpassung; „aus“ trainiert bis zum Ende.</translation>
        </message>
        <message>
            <source>Improvement needed:</source>
            <translation>Nötige Verbesserung:</translation>
        </message>
        <message>
            <source>An eval loss counts as better only when it is lower than the best so far by more than this. 0–0.01.</source>
            <translation>Ein Eval-Verlust gilt nur dann als besser, wenn er um mehr als diesen Wert unter dem bisher besten liegt. 0–0,01.</translation>
        </message>
        <message>
            <source>Tokens per example; longer rows are cut. 256–1024; memory grows with it. The same value as on the Data page.</source>
            <translation>Tokens pro Beispiel; längere Zeilen werden gekürzt. 256–1024; der Speicher wächst mit. Derselbe Wert wie auf der Daten-Seite.</translation>
        </message>
        <message>
            <source>Share of rows held out for the eval loss. 0.02–0.1. The same split as on the Data page.</source>
            <translation>Anteil der Zeilen, die für den Eval-Verlust zurückgehalten werden. 0,02–0,1. Dieselbe Aufteilung wie auf der Daten-Seite.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TriagePanel</name>
        <message>
            <source>This run may not fit in memory</source>
            <translation>Dieser Lauf passt womöglich nicht in den Speicher</translation>
        </message>
        <message>
            <source>The run ran out of memory</source>
            <translation>Dem Lauf ging der Speicher aus</translation>
        </message>
        <message>
            <source>The loss became NaN</source>
            <translation>Der Loss wurde NaN</translation>
        </message>
        <message>
            <source>The loss is exploding</source>
            <translation>Der Loss explodiert</translation>
        </message>
        <message>
            <source>The loss is flat</source>
            <translation>Der Loss bleibt flach</translation>
        </message>
        <message>
            <source>The model is overfitting</source>
            <translation>Das Modell ist überangepasst</translation>
        </message>
        <message>
            <source>Many rows are cut at the max length</source>
            <translation>Viele Zeilen werden bei maximaler Länge abgeschnitten</translation>
        </message>
        <message>
            <source>Nothing to train on</source>
            <translation>Nichts zum Trainieren</translation>
        </message>
        <message>
            <source>The loss includes the prompts</source>
            <translation>Der Loss umfasst auch die Prompts</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>Der Datenträger ist voll</translation>
        </message>
        <message>
            <source>The model folder is incomplete</source>
            <translation>Der Modellordner ist unvollständig</translation>
        </message>
        <message>
            <source>With these settings the run needs about %1 of memory, but %2 is free.</source>
            <translation>Mit diesen Einstellungen braucht der Lauf etwa %1 Speicher, frei sind aber nur %2.</translation>
        </message>
        <message>
            <source>It would swap until the computer crawls, or be stopped by the system.</source>
            <translation>Das System würde auslagern, bis der Computer nur noch kriecht, oder den Lauf beenden.</translation>
        </message>
        <message>
            <source>Choose one of the changes below; each says what the run would need then.</source>
            <translation>Wählen Sie eine der Änderungen unten; jede sagt, was der Lauf dann bräuchte.</translation>
        </message>
        <message>
            <source>Step %1 needed more memory than was free.</source>
            <translation>Schritt %1 brauchte mehr Speicher, als frei war.</translation>
        </message>
        <message>
            <source>The run needed more memory than was free.</source>
            <translation>Der Lauf brauchte mehr Speicher, als frei war.</translation>
        </message>
        <message>
            <source>The model, its activations and the optimizer state did not fit, so the run stopped.</source>
            <translation>Modell, Aktivierungen und Optimiererzustand passten nicht in den Speicher, daher wurde der Lauf beendet.</translation>
        </message>
        <message>
            <source>Make the run smaller with one of the changes below, then start again.</source>
            <translation>Verkleinern Sie den Lauf mit einer der Änderungen unten und starten Sie dann neu.</translation>
        </message>
        <message>
            <source>At step %1 the gradients were no longer numbers (NaN or infinite).</source>
            <translation>Bei Schritt %1 waren die Gradienten keine Zahlen mehr (NaN oder unendlich).</translation>
        </message>
        <message>
            <source>At step %1 the loss was no longer a number (NaN or infinite).</source>
            <translation>Bei Schritt %1 war der Loss keine Zahl mehr (NaN oder unendlich).</translation>
        </message>
        <message>
            <source>From there the model can learn nothing; that update was not applied.</source>
            <translation>Von da an kann das Modell nichts lernen; dieses Update wurde nicht angewendet.</translation>
        </message>
        <message>
            <source>Lower the learning rate (%1 now) and start again, or resume the last good checkpoint.</source>
            <translation>Senken Sie die Lernrate (jetzt %1) und starten Sie neu, oder setzen Sie den letzten guten Checkpoint fort.</translation>
        </message>
        <message>
            <source>The training loss rose from %1 to %2 instead of falling.</source>
            <translation>Der Trainings-Loss stieg von %1 auf %2, statt zu fallen.</translation>
        </message>
        <message>
            <source>The steps are too large: the model gets worse with each one and forgets what it knew.</source>
            <translation>Die Schritte sind zu groß: Das Modell wird mit jedem schlechter und vergisst, was es wusste.</translation>
        </message>
        <message>
            <source>Lower the learning rate (%1 now); the best checkpoint is kept for a resume.</source>
            <translation>Senken Sie die Lernrate (jetzt %1); der beste Checkpoint bleibt zum Fortsetzen erhalten.</translation>
        </message>
        <message>
            <source>Raise the learning rate, or check that the answers teach something new.</source>
            <translation>Erhöhen Sie die Lernrate, oder prüfen Sie, ob die Antworten etwas Neues lehren.</translation>
        </message>
        <message>
            <source>No token is in the loss: check which column holds the answer on the Data page.</source>
            <translation>Kein Token ist im Loss: Prüfen Sie auf der Daten-Seite, welche Spalte die Antwort enthält.</translation>
        </message>
        <message>
            <source>The learning rate %1 is far too low for this kind of training.</source>
            <translation>Die Lernrate %1 ist für diese Art von Training viel zu niedrig.</translation>
        </message>
        <message>
            <source>Over %1 steps the loss stayed near %2 (it fell %3%).</source>
            <translation>Über %1 Schritte blieb der Loss bei etwa %2 (er fiel um %3 %).</translation>
        </message>
        <message>
            <source>The model is not learning from these examples: the run costs time and changes nothing.</source>
            <translation>Das Modell lernt nichts aus diesen Beispielen: Der Lauf kostet Zeit und ändert nichts.</translation>
        </message>
        <message>
            <source>The eval loss rose from %1 (step %2) to %3 while the training loss kept falling.</source>
            <translation>Der Eval-Loss stieg von %1 (Schritt %2) auf %3, während der Trainings-Loss weiter fiel.</translation>
        </message>
        <message>
            <source>The model is memorising the training rows instead of learning what carries over to new questions.</source>
            <translation>Das Modell lernt die Trainingszeilen auswendig, statt zu lernen, was sich auf neue Fragen übertragen lässt.</translation>
        </message>
        <message>
            <source>Train fewer epochs, turn on early stopping, or add more (and more varied) examples.</source>
            <translation>Trainieren Sie weniger Epochen, schalten Sie frühes Beenden ein, oder fügen Sie mehr (und vielfältigere) Beispiele hinzu.</translation>
        </message>
        <message>
            <source>%1 of %2 examples are longer than the max length (%3 tokens) and are cut.</source>
            <translation>%1 von %2 Beispielen sind länger als die maximale Länge (%3 Tokens) und werden abgeschnitten.</translation>
        </message>
        <message>
            <source>The cut part is never learned: often the end of the answer, so the model learns to stop mid-sentence.</source>
            <translation>Der abgeschnittene Teil wird nie gelernt: oft das Ende der Antwort, sodass das Modell lernt, mitten im Satz aufzuhören.</translation>
        </message>
        <message>
            <source>Raise the max length (95% of the examples fit in %1 tokens), or look at the cut rows.</source>
            <translation>Erhöhen Sie die maximale Länge (95 % der Beispiele passen in %1 Tokens), oder sehen Sie sich die abgeschnittenen Zeilen an.</translation>
        </message>
        <message>
            <source>No token of any example is in the loss.</source>
            <translation>Kein Token irgendeines Beispiels ist im Loss.</translation>
        </message>
        <message>
            <source>%1 of %2 examples have no answer token left in the loss.</source>
            <translation>Bei %1 von %2 Beispielen bleibt kein Antwort-Token im Loss.</translation>
        </message>
        <message>
            <source>The model learns only from the answer tokens; without them a step costs time and teaches nothing.</source>
            <translation>Das Modell lernt nur aus den Antwort-Tokens; ohne sie kostet ein Schritt Zeit und lehrt nichts.</translation>
        </message>
        <message>
            <source>Map a column to the answer on the Data page, or raise the max length so the answers are not cut away.</source>
            <translation>Ordnen Sie auf der Daten-Seite eine Spalte der Antwort zu, oder erhöhen Sie die maximale Länge, damit die Antworten nicht abgeschnitten werden.</translation>
        </message>
        <message>
            <source>Training is set to learn the whole text, the prompts too.</source>
            <translation>Das Training ist so eingestellt, dass es den ganzen Text lernt, auch die Prompts.</translation>
        </message>
        <message>
            <source>The model learns to write questions like the dataset's as much as to answer them.</source>
            <translation>Das Modell lernt ebenso, Fragen wie die des Datensatzes zu schreiben, wie sie zu beantworten.</translation>
        </message>
        <message>
            <source>Train on the answers only, unless the rows are plain text.</source>
            <translation>Trainieren Sie nur auf den Antworten, es sei denn, die Zeilen sind reiner Text.</translation>
        </message>
        <message>
            <source>%1 could not be written: the disk has no space left.</source>
            <translation>%1 konnte nicht geschrieben werden: Auf dem Datenträger ist kein Platz mehr.</translation>
        </message>
        <message>
            <source>Checkpoints and the adapter cannot be saved; nothing saved before was replaced.</source>
            <translation>Checkpoints und Adapter können nicht gespeichert werden; nichts zuvor Gespeichertes wurde ersetzt.</translation>
        </message>
        <message>
            <source>Free space on that disk (old runs and their checkpoints are the largest), then resume the run.</source>
            <translation>Geben Sie Platz auf diesem Datenträger frei (alte Läufe und ihre Checkpoints sind am größten), und setzen Sie dann den Lauf fort.</translation>
        </message>
        <message>
            <source>%1 is missing from %2.</source>
            <translation>%1 fehlt in %2.</translation>
        </message>
        <message>
            <source>Without all of its weights the model cannot be loaded (a download was cut short, or a file was moved).</source>
            <translation>Ohne alle seine Gewichte kann das Modell nicht geladen werden (ein Download wurde abgebrochen oder eine Datei verschoben).</translation>
        </message>
        <message>
            <source>Download the model again on the Model page, or choose a complete model folder.</source>
            <translation>Laden Sie das Modell auf der Seite Modell erneut herunter, oder wählen Sie einen vollständigen Modellordner.</translation>
        </message>
        <message>
            <source>Use a 4-bit base</source>
            <translation>4-Bit-Basis verwenden</translation>
        </message>
        <message>
            <source>Max length %1</source>
            <translation>Maximale Länge %1</translation>
        </message>
        <message>
            <source>Batch 1 × accumulation %1</source>
            <translation>Batch 1 × Akkumulation %1</translation>
        </message>
        <message>
            <source>Gradient checkpointing</source>
            <translation>Gradient Checkpointing</translation>
        </message>
        <message>
            <source>Learning rate %1</source>
            <translation>Lernrate %1</translation>
        </message>
        <message>
            <source>Epochs %1</source>
            <translation>Epochen %1</translation>
        </message>
        <message>
            <source>Max steps %1</source>
            <translation>Max. Schritte %1</translation>
        </message>
        <message>
            <source>Early stopping (patience %1)</source>
            <translation>Frühes Beenden (Geduld %1)</translation>
        </message>
        <message>
            <source>Train on answers only</source>
            <translation>Nur auf Antworten trainieren</translation>
        </message>
        <message>
            <source>Show the cut rows</source>
            <translation>Abgeschnittene Zeilen zeigen</translation>
        </message>
        <message>
            <source>Open the Data page</source>
            <translation>Daten-Seite öffnen</translation>
        </message>
        <message>
            <source>%1 (needs %2)</source>
            <translation>%1 (braucht %2)</translation>
        </message>
        <message>
            <source>Changed: %1. Press Start to try again.</source>
            <translation>Geändert: %1. Drücken Sie „Start“, um es erneut zu versuchen.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::UploadDialog</name>
        <message>
            <source>Upload to the Hugging Face Hub</source>
            <translation>Auf den Hugging Face Hub hochladen</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Not signed in.</source>
            <translation>Nicht angemeldet.</translation>
        </message>
        <message>
            <source>Access token (hf_…) with write access</source>
            <translation>Zugriffstoken (hf_…) mit Schreibzugriff</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>Create a token at &lt;a href="https://huggingface.co/settings/tokens"&gt;huggingface.co/settings/tokens&lt;/a&gt;. Falconry keeps it in the system keychain, never in a file.</source>
            <translation>Erstellen Sie ein Token unter &lt;a href="https://huggingface.co/settings/tokens"&gt;huggingface.co/settings/tokens&lt;/a&gt;. Falconry bewahrt es im Schlüsselbund des Systems auf, nie in einer Datei.</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>Repository</translation>
        </message>
        <message>
            <source>A new or existing model repository: NAME in your account, or ORGANISATION/NAME</source>
            <translation>Ein neues oder bestehendes Modell-Repository: NAME in Ihrem Konto oder ORGANISATION/NAME</translation>
        </message>
        <message>
            <source>Private (only you and your organisation see it)</source>
            <translation>Privat (nur Sie und Ihre Organisation sehen es)</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Was:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Model card (README.md) — edit it before uploading</source>
            <translation>Modellkarte (README.md) — vor dem Hochladen bearbeiten</translation>
        </message>
        <message>
            <source>The repository's address appears here after the upload</source>
            <translation>Die Adresse des Repositorys erscheint hier nach dem Hochladen</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Upload</source>
            <translation>Hochladen</translation>
        </message>
        <message>
            <source>the merged model</source>
            <translation>das zusammengeführte Modell</translation>
        </message>
        <message>
            <source>the run's final adapter</source>
            <translation>der letzte Adapter des Laufs</translation>
        </message>
        <message>
            <source>the adapter</source>
            <translation>der Adapter</translation>
        </message>
        <message>
            <source>1 file</source>
            <translation>1 Datei</translation>
        </message>
        <message>
            <source>%1 files</source>
            <translation>%1 Dateien</translation>
        </message>
        <message>
            <source>%1 in %2 (%3, %4), with the model card below</source>
            <translation>%1 in %2 (%3, %4), mit der Modellkarte unten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Not signed in. (The system keychain is not available: %1)</source>
            <translation>Nicht angemeldet. (Der Schlüsselbund des Systems ist nicht verfügbar: %1)</translation>
        </message>
        <message>
            <source>Paste an access token first.</source>
            <translation>Fügen Sie zuerst ein Zugriffstoken ein.</translation>
        </message>
        <message>
            <source>Checking the token…</source>
            <translation>Token wird geprüft…</translation>
        </message>
        <message>
            <source>Signed in as &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Angemeldet als &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>The system keychain could not keep the token (%1): it is used until Falconry closes.</source>
            <translation>Der Schlüsselbund des Systems konnte das Token nicht speichern (%1): Es gilt, bis Falconry geschlossen wird.</translation>
        </message>
        <message>
            <source>Signed out: the token was removed from the keychain.</source>
            <translation>Abgemeldet: Das Token wurde aus dem Schlüsselbund entfernt.</translation>
        </message>
        <message>
            <source>Signed out here, but the keychain said: %1</source>
            <translation>Hier abgemeldet, aber der Schlüsselbund meldete: %1</translation>
        </message>
        <message>
            <source>Uploading…</source>
            <translation>Wird hochgeladen…</translation>
        </message>
        <message>
            <source>%1 %2 — %3 of %4</source>
            <translation>%1 %2 — %3 von %4</translation>
        </message>
        <message>
            <source>The upload failed</source>
            <translation>Das Hochladen ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>Stopped: nothing was committed.</source>
            <translation>Gestoppt: Es wurde nichts committet.</translation>
        </message>
        <message>
            <source>Uploaded in one commit. The model's page:</source>
            <translation>In einem Commit hochgeladen. Die Seite des Modells:</translation>
        </message>
    </context>
</TS>
