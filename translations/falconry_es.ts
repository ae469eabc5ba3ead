<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Falconry</source>
            <translation>Acerca de Falconry</translation>
        </message>
        <message>
            <source>Fine-tune Falcon language models with LoRA and QLoRA on your own machine.</source>
            <translation>Ajuste fino de modelos de lenguaje Falcon con LoRA y QLoRA en su propio equipo.</translation>
        </message>
        <message>
            <source>Engine: %1</source>
            <translation>Motor: %1</translation>
        </message>
        <message>
            <source>Licensed under the Apache License 2.0.</source>
            <translation>Con licencia Apache 2.0.</translation>
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
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>Entrenar</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Choose a Falcon model: Falcon-7B, 7B-instruct, 40B, 40B-instruct, any Falcon folder on disk, a model in the Hugging Face cache or the bundled demo model. A memory planner will show what a run needs against what this machine has.</source>
            <translation>Elija un modelo Falcon: Falcon-7B, 7B-instruct, 40B, 40B-instruct, cualquier carpeta Falcon en el disco, un modelo de la caché de Hugging Face o el modelo de demostración incluido. Un planificador de memoria mostrará lo que necesita un entrenamiento frente a lo que tiene este equipo.</translation>
        </message>
        <message>
            <source>Import a dataset (CSV, TSV, JSON, JSONL), map its columns to roles, choose a prompt template, and see and edit every example exactly as the model will see it.</source>
            <translation>Importe un conjunto de datos (CSV, TSV, JSON, JSONL), asigne sus columnas a roles, elija una plantilla de prompt y vea y edite cada ejemplo exactamente como lo verá el modelo.</translation>
        </message>
        <message>
            <source>Train a LoRA or QLoRA adapter with presets, live loss charts, pause, resume and checkpoints.</source>
            <translation>Entrene un adaptador LoRA o QLoRA con ajustes predefinidos, gráficas de pérdida en vivo, pausa, reanudación y puntos de control.</translation>
        </message>
        <message>
            <source>Chat with the base model and the tuned model side by side, the same prompt sent to both.</source>
            <translation>Converse con el modelo base y el modelo ajustado lado a lado; el mismo prompt se envía a ambos.</translation>
        </message>
        <message>
            <source>Save the adapter in PEFT format, export a merged model as a Hugging Face folder, or upload it to the Hugging Face Hub.</source>
            <translation>Guarde el adaptador en formato PEFT, exporte un modelo fusionado como carpeta de Hugging Face o súbalo al Hugging Face Hub.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About Falconry</source>
            <translation>&amp;Acerca de Falconry</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>PlannedPage</name>
        <message>
            <source>This step is not available yet in this version of Falconry.</source>
            <translation>Este paso aún no está disponible en esta versión de Falconry.</translation>
        </message>
    </context>
</TS>
