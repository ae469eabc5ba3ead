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
        <name>CompareJob</name>
        <message>
            <source>Loading the model…</source>
            <translation>Cargando el modelo…</translation>
        </message>
        <message>
            <source>%1 tokens at %2 tokens/s</source>
            <translation>%1 tokens a %2 tokens/s</translation>
        </message>
        <message>
            <source>Looking up the knowledge base…</source>
            <translation>Buscando en la base de conocimiento…</translation>
        </message>
    </context>
    <context>
        <name>EngineError</name>
        <message>
            <source>Out of memory</source>
            <translation>Sin memoria</translation>
        </message>
        <message>
            <source>Lower the maximum sequence length or the batch size, turn on gradient checkpointing, or load the base model in 4-bit NF4 (QLoRA). The Model page shows what each choice needs.</source>
            <translation>Reduzca la longitud máxima de secuencia o el tamaño de lote, active el gradient checkpointing o cargue el modelo base en NF4 de 4 bits (QLoRA). La página Modelo muestra lo que necesita cada opción.</translation>
        </message>
        <message>
            <source>The system could not allocate the memory this step needs.</source>
            <translation>El sistema no pudo reservar la memoria que necesita este paso.</translation>
        </message>
        <message>
            <source>Settings cannot be used</source>
            <translation>No se pueden usar los ajustes</translation>
        </message>
        <message>
            <source>Check the model folder's config.json and the values on this page, then try again.</source>
            <translation>Revise el config.json de la carpeta del modelo y los valores de esta página e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Checkpoint or adapter unreadable</source>
            <translation>Punto de control o adaptador ilegible</translation>
        </message>
        <message>
            <source>The file may be incomplete: choose another checkpoint, or train again from the start.</source>
            <translation>El archivo puede estar incompleto: elija otro punto de control o entrene de nuevo desde el principio.</translation>
        </message>
        <message>
            <source>Tokenizer problem</source>
            <translation>Problema del tokenizador</translation>
        </message>
        <message>
            <source>The model folder needs a tokenizer.json or tokenizer.model that matches the model.</source>
            <translation>La carpeta del modelo necesita un tokenizer.json o tokenizer.model que coincida con el modelo.</translation>
        </message>
        <message>
            <source>Dataset problem</source>
            <translation>Problema del conjunto de datos</translation>
        </message>
        <message>
            <source>Training stopped</source>
            <translation>Entrenamiento detenido</translation>
        </message>
        <message>
            <source>If the loss became NaN, lower the learning rate or the gradient clip; the last checkpoint can be resumed.</source>
            <translation>Si la pérdida se volvió NaN, baje la tasa de aprendizaje o el recorte de gradiente; se puede reanudar desde el último punto de control.</translation>
        </message>
        <message>
            <source>Could not write a file</source>
            <translation>No se pudo escribir un archivo</translation>
        </message>
        <message>
            <source>Check that the disk has free space and that the folder is writable. Nothing was replaced.</source>
            <translation>Compruebe que el disco tiene espacio libre y que la carpeta admite escritura. No se reemplazó nada.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>Try again; if it happens again, report it with this message.</source>
            <translation>Inténtelo de nuevo; si vuelve a ocurrir, infórmelo con este mensaje.</translation>
        </message>
        <message>
            <source>An unknown error occurred in the engine.</source>
            <translation>Se produjo un error desconocido en el motor.</translation>
        </message>
        <message>
            <source>Try again; if it happens again, report it with what you did.</source>
            <translation>Inténtelo de nuevo; si vuelve a ocurrir, infórmelo con lo que hizo.</translation>
        </message>
        <message>
            <source>Open the file on the Data page (Import…), choose which column holds the prompt and which the answer, and train from there.</source>
            <translation>Abra el archivo en la página Datos (Importar…), elija qué columna contiene el prompt y cuál la respuesta, y entrene desde allí.</translation>
        </message>
        <message>
            <source>The dataset's columns are not mapped</source>
            <translation>Las columnas del conjunto de datos no están asignadas</translation>
        </message>
        <message>
            <source>Falconry cannot tell which columns of %1 hold the prompt and the answer (columns: %2).</source>
            <translation>Falconry no puede saber qué columnas de %1 contienen el prompt y la respuesta (columnas: %2).</translation>
        </message>
        <message>
            <source>No column holds the answers</source>
            <translation>Ninguna columna contiene las respuestas</translation>
        </message>
        <message>
            <source>No column of %1 is mapped to the answers the model should learn (columns: %2).</source>
            <translation>Ninguna columna de %1 está asignada a las respuestas que el modelo debe aprender (columnas: %2).</translation>
        </message>
        <message>
            <source>Nothing to train on</source>
            <translation>Nada con qué entrenar</translation>
        </message>
        <message>
            <source>Every row of %1 has an empty answer, so there is nothing for the model to learn.</source>
            <translation>Cada fila de %1 tiene una respuesta vacía, así que el modelo no tiene nada que aprender.</translation>
        </message>
        <message>
            <source>Check the column mapped to the answers on the Data page.</source>
            <translation>Compruebe en la página Datos la columna asignada a las respuestas.</translation>
        </message>
        <message>
            <source>Fix the row named above on the Data page, or choose another file.</source>
            <translation>Corrija la fila indicada arriba en la página Datos o elija otro archivo.</translation>
        </message>
        <message>
            <source>The file is empty</source>
            <translation>El archivo está vacío</translation>
        </message>
        <message>
            <source>%1 holds no examples: it is empty or has only blank lines.</source>
            <translation>%1 no contiene ejemplos: está vacío o solo tiene líneas en blanco.</translation>
        </message>
        <message>
            <source>Choose the file that holds your examples.</source>
            <translation>Elija el archivo que contiene sus ejemplos.</translation>
        </message>
        <message>
            <source>Not a text file</source>
            <translation>No es un archivo de texto</translation>
        </message>
        <message>
            <source>%1 holds binary data (a program, an image or an archive?), not examples as text.</source>
            <translation>%1 contiene datos binarios (¿un programa, una imagen o un archivo comprimido?), no ejemplos en texto.</translation>
        </message>
        <message>
            <source>Falconry reads examples from CSV, TSV, JSON, JSONL or plain text files. Choose one of those.</source>
            <translation>Falconry lee ejemplos de archivos CSV, TSV, JSON, JSONL o de texto. Elija uno de ellos.</translation>
        </message>
        <message>
            <source>A record is far too long</source>
            <translation>Un registro es demasiado largo</translation>
        </message>
        <message>
            <source>%1 holds a record longer than %2 MiB, so it is most likely not a dataset (or a quote is never closed).</source>
            <translation>%1 contiene un registro de más de %2 MiB, así que probablemente no es un conjunto de datos (o hay unas comillas sin cerrar).</translation>
        </message>
        <message>
            <source>Check that this is the file you meant; if it is a CSV file, look for an unclosed quote.</source>
            <translation>Compruebe que es el archivo que quería; si es un CSV, busque unas comillas sin cerrar.</translation>
        </message>
        <message>
            <source>The run folder is in use</source>
            <translation>La carpeta del entrenamiento está en uso</translation>
        </message>
        <message>
            <source>Another Falconry window or process is writing to %1 right now (%2).</source>
            <translation>Otra ventana o proceso de Falconry está escribiendo ahora en %1 (%2).</translation>
        </message>
        <message>
            <source>Wait until it finishes, or stop it there; two runs cannot write to one folder.</source>
            <translation>Espere a que termine o deténgalo allí; dos entrenamientos no pueden escribir en la misma carpeta.</translation>
        </message>
        <message>
            <source>Training diverged</source>
            <translation>El entrenamiento divergió</translation>
        </message>
        <message>
            <source>The loss rose far above where it started, so the run was stopped before it got worse.</source>
            <translation>La pérdida subió muy por encima de su valor inicial, así que el entrenamiento se detuvo antes de empeorar.</translation>
        </message>
        <message>
            <source>No checkpoint was written before that, so a resume starts again from the beginning.</source>
            <translation>No se escribió ningún punto de control antes, así que reanudar empieza de nuevo desde el principio.</translation>
        </message>
        <message>
            <source>The checkpoint with the lowest loss is kept: %1.</source>
            <translation>Se conserva el punto de control con la pérdida más baja: %1.</translation>
        </message>
        <message>
            <source>Lower the learning rate on this page (to about a quarter), select the run under "Runs" and press "Resume selected run": it continues from that checkpoint with the new rate.</source>
            <translation>Baje la tasa de aprendizaje en esta página (a una cuarta parte), seleccione el entrenamiento en «Ejecuciones» y pulse «Reanudar la ejecución seleccionada»: continúa desde ese punto de control con la nueva tasa.</translation>
        </message>
    </context>
    <context>
        <name>ExportJob</name>
        <message>
            <source>Copying %1</source>
            <translation>Copiando %1</translation>
        </message>
        <message>
            <source>Adapter saved</source>
            <translation>Adaptador guardado</translation>
        </message>
        <message>
            <source>Adapter saved to %1</source>
            <translation>Adaptador guardado en %1</translation>
        </message>
        <message>
            <source>Loading the base model…</source>
            <translation>Cargando el modelo base…</translation>
        </message>
        <message>
            <source>Writing the merged model…</source>
            <translation>Escribiendo el modelo fusionado…</translation>
        </message>
        <message>
            <source>Merged model saved</source>
            <translation>Modelo fusionado guardado</translation>
        </message>
        <message>
            <source>Merged model saved to %1 (%2 LoRA layers folded in)</source>
            <translation>Modelo fusionado guardado en %1 (%2 capas LoRA integradas)</translation>
        </message>
        <message>
            <source>Writing tensor %1 of %2 (%3)</source>
            <translation>Escribiendo el tensor %1 de %2 (%3)</translation>
        </message>
        <message>
            <source>GGUF saved to %1 (%2)</source>
            <translation>GGUF guardado en %1 (%2)</translation>
        </message>
        <message>
            <source>To run it in Ollama, open a terminal in %1 and type: ollama create %2 -f Modelfile</source>
            <translation>Para ejecutarlo en Ollama, abra una terminal en %1 y escriba: ollama create %2 -f Modelfile</translation>
        </message>
        <message>
            <source>GGUF saved</source>
            <translation>GGUF guardado</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <source>, page %1</source>
            <translation>, página %1</translation>
        </message>
        <message>
            <source>, line %1</source>
            <translation>, línea %1</translation>
        </message>
        <message>
            <source>Importing %1 (%2 of %3)…</source>
            <translation>Importando %1 (%2 de %3)…</translation>
        </message>
        <message>
            <source>Finishing…</source>
            <translation>Terminando…</translation>
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
        <message>
            <source>Working…</source>
            <translation>Trabajando…</translation>
        </message>
        <message>
            <source>Training finished</source>
            <translation>Entrenamiento terminado</translation>
        </message>
        <message>
            <source>&amp;Open Model Folder…</source>
            <translation>&amp;Abrir carpeta de modelo…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>Seguir el &amp;sistema</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Claro</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Oscuro</translation>
        </message>
        <message>
            <source>Memory: %1 used by Falconry, %2 free</source>
            <translation>Memoria: %1 usada por Falconry, %2 libre</translation>
        </message>
        <message>
            <source>A training run is in progress. Quit anyway? The run stops; its last checkpoint can be resumed later.</source>
            <translation>Hay un entrenamiento en curso. ¿Salir de todos modos? La ejecución se detiene; podrá reanudarse desde su último punto de control.</translation>
        </message>
        <message>
            <source>The engine is still working. Quit anyway?</source>
            <translation>El motor sigue trabajando. ¿Salir de todos modos?</translation>
        </message>
        <message>
            <source>Quit Falconry?</source>
            <translation>¿Salir de Falconry?</translation>
        </message>
        <message>
            <source>Falconry demo model</source>
            <translation>Modelo de demostración de Falconry</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>Demostración</translation>
        </message>
        <message>
            <source>Start the &amp;Demo</source>
            <translation>Iniciar la &amp;demostración</translation>
        </message>
        <message>
            <source>This build of Falconry has no bundled demo model or dataset.</source>
            <translation>Esta compilación de Falconry no incluye ningún modelo ni conjunto de datos de demostración.</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Conocimiento</translation>
        </message>
        <message>
            <source>Demo: check that "customer_message" is the user and "agent_reply" the assistant (tick "These roles are right"), then train with the "Quick test" preset.</source>
            <translation>Demostración: compruebe que «customer_message» es el usuario y «agent_reply» el asistente (marque «Estos roles son correctos») y luego entrene con el preajuste «Prueba rápida».</translation>
        </message>
    </context>
    <context>
        <name>MemoryPlan</name>
        <message>
            <source>Weights (NF4)</source>
            <translation>Pesos (NF4)</translation>
        </message>
        <message>
            <source>Weights (bf16)</source>
            <translation>Pesos (bf16)</translation>
        </message>
        <message>
            <source>LoRA</source>
            <translation>LoRA</translation>
        </message>
        <message>
            <source>Optimizer state</source>
            <translation>Estado del optimizador</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Activaciones</translation>
        </message>
        <message>
            <source>KV cache</source>
            <translation>Caché KV</translation>
        </message>
        <message>
            <source>Runtime</source>
            <translation>Entorno de ejecución</translation>
        </message>
    </context>
    <context>
        <name>ModelCatalogue</name>
        <message>
            <source>%1 has no config.json: choose the folder that holds config.json, the *.safetensors files and tokenizer.json.</source>
            <translation>%1 no tiene config.json: elija la carpeta que contiene config.json, los archivos *.safetensors y tokenizer.json.</translation>
        </message>
        <message>
            <source>No *.safetensors weights in %1.</source>
            <translation>No hay pesos *.safetensors en %1.</translation>
        </message>
        <message>
            <source>Only PyTorch .bin weights in %1; Falconry reads safetensors. Convert them or download the safetensors revision.</source>
            <translation>Solo hay pesos PyTorch .bin en %1; Falconry lee safetensors. Conviértalos o descargue la revisión safetensors.</translation>
        </message>
        <message>
            <source>No tokenizer.json or tokenizer.model in %1.</source>
            <translation>No hay tokenizer.json ni tokenizer.model en %1.</translation>
        </message>
    </context>
    <context>
        <name>ModelPage</name>
        <message>
            <source>%1 B</source>
            <translation>%1 mil M</translation>
        </message>
        <message>
            <source>%1 M</source>
            <translation>%1 M</translation>
        </message>
        <message>
            <source>%1 k</source>
            <translation>%1 k</translation>
        </message>
    </context>
    <context>
        <name>PreferenceStore</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>No se puede leer %1: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>StartCheck</name>
        <message>
            <source>With these settings (max length %1, batch size %2, %3) the run needs about %4 of memory, but %5 is free now: it would swap or be stopped by the system.</source>
            <translation>Con estos ajustes (longitud máx. %1, tamaño de lote %2, %3) la ejecución necesita unos %4 de memoria, pero solo hay %5 libres: el sistema usaría la memoria de intercambio o la detendría.</translation>
        </message>
        <message>
            <source>4-bit NF4 base</source>
            <translation>base NF4 de 4 bits</translation>
        </message>
        <message>
            <source>bf16 base</source>
            <translation>base bf16</translation>
        </message>
        <message>
            <source>With a 4-bit NF4 base (QLoRA) it needs %1 and fits.</source>
            <translation>Con una base NF4 de 4 bits (QLoRA) necesita %1 y cabe.</translation>
        </message>
        <message>
            <source>A shorter max length, a smaller batch or the "Low memory" preset need less.</source>
            <translation>Una longitud máx. más corta, un lote más pequeño o el ajuste «Poca memoria» necesitan menos.</translation>
        </message>
    </context>
    <context>
        <name>StrategyCheckJob</name>
        <message>
            <source>Loading the model…</source>
            <translation>Cargando el modelo…</translation>
        </message>
        <message>
            <source>%1 of %2 answers</source>
            <translation>%1 de %2 respuestas</translation>
        </message>
    </context>
    <context>
        <name>TrainJob</name>
        <message>
            <source>Paused at step %1.</source>
            <translation>En pausa en el paso %1.</translation>
        </message>
        <message>
            <source>Run %1 after %2 steps, final loss %3.</source>
            <translation>Ejecución %1 tras %2 pasos, pérdida final %3.</translation>
        </message>
        <message>
            <source>Eval loss %1.</source>
            <translation>Pérdida de evaluación %1.</translation>
        </message>
        <message>
            <source>Probe answers took %1 s.</source>
            <translation>Las respuestas a los prompts de prueba tardaron %1 s.</translation>
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
            <translation>%1 bytes</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui</name>
        <message>
            <source>No such model on the Hub</source>
            <translation>Ese modelo no existe en el Hub</translation>
        </message>
        <message>
            <source>Check the name (organisation/model, for example tiiuae/falcon-7b).</source>
            <translation>Compruebe el nombre (organización/modelo, por ejemplo tiiuae/falcon-7b).</translation>
        </message>
        <message>
            <source>This model needs its licence accepted</source>
            <translation>Hay que aceptar la licencia de este modelo</translation>
        </message>
        <message>
            <source>Open the model's page on huggingface.co, accept the licence while signed in, then sign in here (Export page, Upload to the Hub…) with a token of that account.</source>
            <translation>Abra la página del modelo en huggingface.co, acepte la licencia con la sesión iniciada y luego inicie sesión aquí (página Exportar, Subir al Hub…) con un token de esa cuenta.</translation>
        </message>
        <message>
            <source>Not signed in, or the token was refused</source>
            <translation>No ha iniciado sesión o el token fue rechazado</translation>
        </message>
        <message>
            <source>Sign in with a Hugging Face access token (huggingface.co → Settings → Access Tokens).</source>
            <translation>Inicie sesión con un token de acceso de Hugging Face (huggingface.co → Settings → Access Tokens).</translation>
        </message>
        <message>
            <source>This account may not do that</source>
            <translation>Esta cuenta no tiene permiso para eso</translation>
        </message>
        <message>
            <source>Uploading needs a token with write access, to your own account or an organisation you belong to.</source>
            <translation>Para subir se necesita un token con acceso de escritura a su propia cuenta o a una organización de la que forme parte.</translation>
        </message>
        <message>
            <source>No connection to the Hugging Face Hub</source>
            <translation>No hay conexión con el Hugging Face Hub</translation>
        </message>
        <message>
            <source>Check the network (and a proxy, if you use one), then try again: what was downloaded is kept.</source>
            <translation>Compruebe la red (y el proxy, si usa uno) y vuelva a intentarlo: lo ya descargado se conserva.</translation>
        </message>
        <message>
            <source>The Hugging Face Hub is busy</source>
            <translation>El Hugging Face Hub está saturado</translation>
        </message>
        <message>
            <source>Try again in a few minutes: what was downloaded is kept.</source>
            <translation>Vuelva a intentarlo en unos minutos: lo ya descargado se conserva.</translation>
        </message>
        <message>
            <source>Not enough disk space</source>
            <translation>No hay suficiente espacio en disco</translation>
        </message>
        <message>
            <source>Free some space and start again: the download continues where it stopped.</source>
            <translation>Libere algo de espacio y vuelva a empezar: la descarga continúa donde se detuvo.</translation>
        </message>
        <message>
            <source>A downloaded file was damaged</source>
            <translation>Un archivo descargado estaba dañado</translation>
        </message>
        <message>
            <source>The damaged file was deleted and nothing of it is used. Download again.</source>
            <translation>El archivo dañado se eliminó y no se usa nada de él. Descárguelo de nuevo.</translation>
        </message>
        <message>
            <source>Falconry cannot use this</source>
            <translation>Falconry no puede usar esto</translation>
        </message>
        <message>
            <source>The server answered something unexpected</source>
            <translation>El servidor dio una respuesta inesperada</translation>
        </message>
        <message>
            <source>Check HF_ENDPOINT if you set it; otherwise try again later.</source>
            <translation>Compruebe HF_ENDPOINT si lo ha configurado; si no, vuelva a intentarlo más tarde.</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Detenido</translation>
        </message>
        <message>
            <source>What was downloaded is kept; starting again continues from there.</source>
            <translation>Lo ya descargado se conserva; al volver a empezar, continúa desde ahí.</translation>
        </message>
        <message>
            <source>The server did not accept the API key</source>
            <translation>El servidor no aceptó la clave de API</translation>
        </message>
        <message>
            <source>Enter the key the service gave you (it is kept in the system keychain). Local servers such as Ollama or llama.cpp need none: leave it empty.</source>
            <translation>Escriba la clave que le dio el servicio (se guarda en el llavero del sistema). Los servidores locales como Ollama o llama.cpp no la necesitan: déjela vacía.</translation>
        </message>
        <message>
            <source>The API key may not use this model</source>
            <translation>La clave de API no puede usar este modelo</translation>
        </message>
        <message>
            <source>Choose another model from the server's list, or use a key with access to this one.</source>
            <translation>Elija otro modelo de la lista del servidor o use una clave con acceso a este.</translation>
        </message>
        <message>
            <source>The server does not know this address or model</source>
            <translation>El servidor no conoce esta dirección o este modelo</translation>
        </message>
        <message>
            <source>The base URL ends in /v1, for example http://localhost:11434/v1. Press “List models” to see the models the server has.</source>
            <translation>La URL base termina en /v1, por ejemplo http://localhost:11434/v1. «Listar modelos» muestra los modelos del servidor.</translation>
        </message>
        <message>
            <source>The server refused the request</source>
            <translation>El servidor rechazó la solicitud</translation>
        </message>
        <message>
            <source>Fewer tokens per answer or another model may help; the server's reason is below.</source>
            <translation>Menos tokens por respuesta u otro modelo pueden ayudar; el motivo del servidor está abajo.</translation>
        </message>
        <message>
            <source>The server is limiting how fast requests may come</source>
            <translation>El servidor limita la frecuencia de las solicitudes</translation>
        </message>
        <message>
            <source>Wait a minute and resume: the rows finished so far are kept.</source>
            <translation>Espere un minuto y reanude: las filas ya terminadas se conservan.</translation>
        </message>
        <message>
            <source>The server failed to answer</source>
            <translation>El servidor no pudo responder</translation>
        </message>
        <message>
            <source>Try again later; the rows finished so far are kept.</source>
            <translation>Vuelva a intentarlo más tarde; las filas ya terminadas se conservan.</translation>
        </message>
        <message>
            <source>Could not reach the server</source>
            <translation>No se pudo contactar con el servidor</translation>
        </message>
        <message>
            <source>Check the base URL and that the server is running (for Ollama: “ollama serve”).</source>
            <translation>Compruebe la URL base y que el servidor esté en marcha (para Ollama: «ollama serve»).</translation>
        </message>
        <message>
            <source>The server stopped answering midway</source>
            <translation>El servidor dejó de responder a mitad</translation>
        </message>
        <message>
            <source>The connection broke twice in a row. Try again; the rows finished so far are kept.</source>
            <translation>La conexión se cortó dos veces seguidas. Vuelva a intentarlo; las filas ya terminadas se conservan.</translation>
        </message>
        <message>
            <source>The server does not speak the OpenAI chat protocol</source>
            <translation>El servidor no habla el protocolo de chat de OpenAI</translation>
        </message>
        <message>
            <source>Check that the base URL points at an OpenAI-compatible API (ending in /v1).</source>
            <translation>Compruebe que la URL base apunte a una API compatible con OpenAI (que termine en /v1).</translation>
        </message>
        <message>
            <source>Generation was stopped</source>
            <translation>La generación se detuvo</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::AdapterMapDialog</name>
        <message>
            <source>Adapter map</source>
            <translation>Mapa del adaptador</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Update size (norm of scale·B·A)</source>
            <translation>Tamaño de la actualización (norma de scale·B·A)</translation>
        </message>
        <message>
            <source>Effective rank (how many directions it uses)</source>
            <translation>Rango efectivo (cuántas direcciones usa)</translation>
        </message>
        <message>
            <source>Similarity to the other adapter (cosine)</source>
            <translation>Similitud con el otro adaptador (coseno)</translation>
        </message>
        <message>
            <source>Compare with…</source>
            <translation>Comparar con…</translation>
        </message>
        <message>
            <source>Choose a second adapter of the same model: each cell then says how alike the two updates are (1 = the same direction, 0 = unrelated, -1 = opposite)</source>
            <translation>Elija un segundo adaptador del mismo modelo: cada celda indica entonces cuánto se parecen las dos actualizaciones (1 = la misma dirección, 0 = sin relación, -1 = opuestas)</translation>
        </message>
        <message>
            <source>No comparison</source>
            <translation>Sin comparación</translation>
        </message>
        <message>
            <source>Each cell is one LoRA module: a darker cell changed its layer more. The effective rank says how many independent directions of the rank r the update really uses. Hover a cell for its figures.</source>
            <translation>Cada celda es un módulo LoRA: una celda más oscura cambió más su capa. El rango efectivo indica cuántas direcciones independientes del rango r usa realmente la actualización. Pase el ratón sobre una celda para ver sus cifras.</translation>
        </message>
        <message>
            <source>Adapter: %1</source>
            <translation>Adaptador: %1</translation>
        </message>
        <message>
            <source>Adapter: %1
Compared with: %2</source>
            <translation>Adaptador: %1
Comparado con: %2</translation>
        </message>
        <message>
            <source>Adapter to compare with</source>
            <translation>Adaptador con el que comparar</translation>
        </message>
        <message>
            <source>This adapter cannot be shown: %1</source>
            <translation>Este adaptador no se puede mostrar: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s) in %1 layer(s); rank %2, alpha %3, scale %4%5.</source>
            <translation>
                <numerusform>%n módulo en %1 capa; rango %2, alfa %3, escala %4%5.</numerusform>
                <numerusform>%n módulos en %1 capa(s); rango %2, alfa %3, escala %4%5.</numerusform>
            </translation>
        </message>
        <message>
            <source> (rsLoRA: alpha / √r)</source>
            <translation> (rsLoRA: alfa / √r)</translation>
        </message>
        <message>
            <source>The largest update is layer %1's %2 (norm %3).</source>
            <translation>La mayor actualización es la de %2 en la capa %1 (norma %3).</translation>
        </message>
        <message numerus="yes">
            <source>Mean similarity to the other adapter: %1 over %n module(s).</source>
            <translation>
                <numerusform>Similitud media con el otro adaptador: %1 en %n módulo.</numerusform>
                <numerusform>Similitud media con el otro adaptador: %1 en %n módulos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The other adapter shares no module with this one.</source>
            <translation>El otro adaptador no comparte ningún módulo con este.</translation>
        </message>
        <message>
            <source>Reading the adapter and measuring its updates…</source>
            <translation>Leyendo el adaptador y midiendo sus actualizaciones…</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::AdapterMapView</name>
        <message>
            <source>Layer %1, %2: no adapter on this module</source>
            <translation>Capa %1, %2: no hay adaptador en este módulo</translation>
        </message>
        <message>
            <source>%1
Layer %2, %3
Update size (Frobenius norm of scale·B·A): %4
Effective rank: %5 of %6</source>
            <translation>%1
Capa %2, %3
Tamaño de la actualización (norma de Frobenius de scale·B·A): %4
Rango efectivo: %5 de %6</translation>
        </message>
        <message>
            <source>Similarity to the other adapter (cosine): %1</source>
            <translation>Similitud con el otro adaptador (coseno): %1</translation>
        </message>
        <message>
            <source>Similarity: the other adapter has no update here</source>
            <translation>Similitud: el otro adaptador no tiene actualización aquí</translation>
        </message>
        <message>
            <source>No adapter to show.</source>
            <translation>No hay ningún adaptador que mostrar.</translation>
        </message>
        <message>
            <source>layer %1</source>
            <translation>capa %1</translation>
        </message>
        <message>
            <source>update size</source>
            <translation>tamaño de la actualización</translation>
        </message>
        <message>
            <source>effective rank</source>
            <translation>rango efectivo</translation>
        </message>
        <message>
            <source>cosine similarity</source>
            <translation>similitud coseno</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ChatPane</name>
        <message>
            <source>You: %1

Model: %2

</source>
            <translation>Usted: %1

Modelo: %2

</translation>
        </message>
        <message>
            <source>You: %1

Model: %2
</source>
            <translation>Usted: %1

Modelo: %2
</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Usted</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Passage [%1]</source>
            <translation>Pasaje [%1]</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Fuente: %1</translation>
        </message>
        <message>
            <source>From the knowledge base:</source>
            <translation>De la base de conocimiento:</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ComparePage</name>
        <message>
            <source>What to compare</source>
            <translation>Qué comparar</translation>
        </message>
        <message>
            <source>PEFT folder…</source>
            <translation>Carpeta PEFT…</translation>
        </message>
        <message>
            <source>Any PEFT LoRA adapter folder (adapter_config.json + adapter_model.safetensors)</source>
            <translation>Cualquier carpeta de adaptador LoRA PEFT (adapter_config.json + adapter_model.safetensors)</translation>
        </message>
        <message>
            <source>Adapter:</source>
            <translation>Adaptador:</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Plantilla:</translation>
        </message>
        <message>
            <source>Blind mode (shuffle sides, vote)</source>
            <translation>Modo a ciegas (lados mezclados, votar)</translation>
        </message>
        <message>
            <source>Hide which side is tuned; vote for the better answer. Votes are saved as preference data.</source>
            <translation>Oculta qué lado está ajustado; vote por la mejor respuesta. Los votos se guardan como datos de preferencia.</translation>
        </message>
        <message>
            <source>0 = always the most likely token (greedy); 0.7 is a common choice; above 1 rambles</source>
            <translation>0 = siempre el token más probable (voraz); 0,7 es habitual; por encima de 1 divaga</translation>
        </message>
        <message>
            <source>Sample from the smallest set of tokens whose probabilities add up to this. 0.9–0.95</source>
            <translation>Muestrear del menor conjunto de tokens cuyas probabilidades suman esto. 0,9–0,95</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>Sample from this many most likely tokens. 20–100; off = no limit</source>
            <translation>Muestrear entre este número de tokens más probables. 20–100; desactivado = sin límite</translation>
        </message>
        <message>
            <source>Above 1 discourages repeating tokens. 1.0–1.2</source>
            <translation>Por encima de 1 desalienta repetir tokens. 1,0–1,2</translation>
        </message>
        <message>
            <source>Temperature:</source>
            <translation>Temperatura:</translation>
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
            <translation>Máx. tokens nuevos:</translation>
        </message>
        <message>
            <source>Repetition penalty:</source>
            <translation>Penalización por repetición:</translation>
        </message>
        <message>
            <source>A is better</source>
            <translation>A es mejor</translation>
        </message>
        <message>
            <source>Tie</source>
            <translation>Empate</translation>
        </message>
        <message>
            <source>B is better</source>
            <translation>B es mejor</translation>
        </message>
        <message>
            <source>Type a message for both models (Ctrl+Enter sends)</source>
            <translation>Escriba un mensaje para ambos modelos (Ctrl+Intro envía)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy both conversations</source>
            <translation>Copiar ambas conversaciones</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>Empezar una conversación nueva</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>detenido</translation>
        </message>
        <message>
            <source>Current run: final adapter (%1)</source>
            <translation>Ejecución actual: adaptador final (%1)</translation>
        </message>
        <message>
            <source>Current run: checkpoint %1</source>
            <translation>Ejecución actual: punto de control %1</translation>
        </message>
        <message>
            <source>Choose a PEFT adapter folder</source>
            <translation>Elegir una carpeta de adaptador PEFT</translation>
        </message>
        <message>
            <source>Not an adapter folder</source>
            <translation>No es una carpeta de adaptador</translation>
        </message>
        <message>
            <source>%1 has no adapter_config.json. A PEFT LoRA adapter folder holds adapter_config.json and adapter_model.safetensors.</source>
            <translation>%1 no tiene adapter_config.json. Una carpeta de adaptador LoRA PEFT contiene adapter_config.json y adapter_model.safetensors.</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>one of the two models</source>
            <translation>uno de los dos modelos</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>the other model</source>
            <translation>el otro modelo</translation>
        </message>
        <message>
            <source>no model chosen</source>
            <translation>ningún modelo elegido</translation>
        </message>
        <message>
            <source>%1 + %2</source>
            <translation>%1 + %2</translation>
        </message>
        <message>
            <source>Choose a model in the Model step first.</source>
            <translation>Elija primero un modelo en el paso Modelo.</translation>
        </message>
        <message>
            <source>The engine is busy (training?). Wait or stop it first.</source>
            <translation>El motor está ocupado (¿entrenando?). Espere o deténgalo primero.</translation>
        </message>
        <message>
            <source>Which answer is better?</source>
            <translation>¿Qué respuesta es mejor?</translation>
        </message>
        <message>
            <source>Nothing to vote on yet.</source>
            <translation>Aún no hay nada que votar.</translation>
        </message>
        <message>
            <source>tuned</source>
            <translation>ajustado</translation>
        </message>
        <message>
            <source>base</source>
            <translation>base</translation>
        </message>
        <message>
            <source>Tie noted (not written: preference data needs a winner). A was %1, B was %2.</source>
            <translation>Empate anotado (no guardado: los datos de preferencia necesitan un ganador). A era %1, B era %2.</translation>
        </message>
        <message>
            <source>Vote saved (%1 in %2). A was %3, B was %4.</source>
            <translation>Voto guardado (%1 en %2). A era %3, B era %4.</translation>
        </message>
        <message>
            <source>answer complete</source>
            <translation>respuesta completa</translation>
        </message>
        <message>
            <source>cut at the token limit (raise "Max new tokens")</source>
            <translation>cortada en el límite de tokens (aumente «Máx. tokens nuevos»)</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s), %1; both sides at %2 tokens/s</source>
            <translation>
                <numerusform>%n token, %1; ambos lados a %2 tokens/s</numerusform>
                <numerusform>%n tokens, %1; ambos lados a %2 tokens/s</numerusform>
            </translation>
        </message>
        <message>
            <source>As trained</source>
            <translation>Como se entrenó</translation>
        </message>
        <message>
            <source>How a conversation is written for the model. "As trained" uses the template and mapping of the run the adapter comes from (or the Data page's), exactly as training did.</source>
            <translation>Cómo se escribe una conversación para el modelo. «Como se entrenó» usa la plantilla y la asignación de la ejecución de la que viene el adaptador (o las de la página Datos), exactamente como en el entrenamiento.</translation>
        </message>
        <message>
            <source>stopped (not part of the conversation)</source>
            <translation>detenida (no forma parte de la conversación)</translation>
        </message>
        <message>
            <source>None: the base model answers alone</source>
            <translation>Ninguno: solo responde el modelo base</translation>
        </message>
        <message>
            <source>no adapter yet: train one on the Train page, or choose a PEFT folder</source>
            <translation>aún no hay adaptador: entrene uno en la página Entrenar o elija una carpeta PEFT</translation>
        </message>
        <message>
            <source>Prompts are written with the template %1.</source>
            <translation>Los prompts se escriben con la plantilla %1.</translation>
        </message>
        <message>
            <source>Prompts are written as run %1 was trained: template %2.</source>
            <translation>Los prompts se escriben como se entrenó la ejecución %1: plantilla %2.</translation>
        </message>
        <message>
            <source>No adapter is chosen: only the base model answers.</source>
            <translation>No hay adaptador elegido: solo responde el modelo base.</translation>
        </message>
        <message>
            <source>Send to both models (Ctrl+Enter)</source>
            <translation>Enviar a ambos modelos (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Blind mode needs two models: choose an adapter first.</source>
            <translation>El modo a ciegas necesita dos modelos: elija primero un adaptador.</translation>
        </message>
        <message>
            <source>The template cannot write this conversation: %1</source>
            <translation>La plantilla no puede escribir esta conversación: %1</translation>
        </message>
        <message>
            <source>no adapter chosen: only the base model answered</source>
            <translation>no hay adaptador elegido: solo respondió el modelo base</translation>
        </message>
        <message>
            <source>Left:</source>
            <translation>Izquierda:</translation>
        </message>
        <message>
            <source>Right:</source>
            <translation>Derecha:</translation>
        </message>
        <message>
            <source>The knowledge base is empty: add documents on the Knowledge page first.</source>
            <translation>La base de conocimiento está vacía: añada primero documentos en la página Conocimiento.</translation>
        </message>
        <message>
            <source>The left side is set to the tuned model: choose an adapter first.</source>
            <translation>El lado izquierdo usa el modelo ajustado: elija primero un adaptador.</translation>
        </message>
        <message>
            <source>4-bit weights for chat</source>
            <translation>Pesos de 4 bits para el chat</translation>
        </message>
        <message>
            <source>Answer from the model's weights quantized to 4 bits (NF4, as QLoRA holds them): about a quarter of the memory and faster answers on a CPU; the text can differ a little from the full weights'. Both sides share the one 4-bit copy. On by default for models of a billion parameters or more.</source>
            <translation>Responder con los pesos del modelo cuantizados a 4 bits (NF4, como los guarda QLoRA): cerca de una cuarta parte de la memoria y respuestas más rápidas en una CPU; el texto puede diferir un poco del de los pesos completos. Ambos lados comparten la misma copia de 4 bits. Activado por defecto en modelos de mil millones de parámetros o más.</translation>
        </message>
        <message>
            <source>The answers come from one 4-bit (NF4) copy of the weights.</source>
            <translation>Las respuestas provienen de una copia de 4 bits (NF4) de los pesos.</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s), %1; at %2 tokens/s</source>
            <translation>
                <numerusform>%n token, %1; a %2 tokens/s</numerusform>
                <numerusform>%n tokens, %1; a %2 tokens/s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::CompareSideChooser</name>
        <message>
            <source>Base model</source>
            <translation>Modelo base</translation>
        </message>
        <message>
            <source>Tuned model</source>
            <translation>Modelo ajustado</translation>
        </message>
        <message>
            <source>with the knowledge base</source>
            <translation>con la base de conocimiento</translation>
        </message>
        <message>
            <source>Put the passages of the knowledge base that match the message in front of it, numbered, and ask for an answer that cites them</source>
            <translation>Colocar delante del mensaje los pasajes de la base que coinciden, numerados, y pedir una respuesta que los cite</translation>
        </message>
        <message>
            <source>Tuned model + knowledge base</source>
            <translation>Modelo ajustado + base de conocimiento</translation>
        </message>
        <message>
            <source>Base model + knowledge base</source>
            <translation>Modelo base + base de conocimiento</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::DataPage</name>
        <message>
            <source>Edit %1</source>
            <translation>Editar %1</translation>
        </message>
        <message>
            <source>&lt;h3&gt;No dataset yet&lt;/h3&gt;&lt;p&gt;Import a CSV, TSV, JSON, JSONL or text file — or drop one on the window. Falconry detects its format, lets you map its columns to roles and shows every example exactly as the model will see it.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Aún no hay conjunto de datos&lt;/h3&gt;&lt;p&gt;Importe un archivo CSV, TSV, JSON, JSONL o de texto, o suéltelo sobre la ventana. Falconry detecta su formato, le permite asignar sus columnas a roles y muestra cada ejemplo exactamente como lo verá el modelo.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Import a dataset…</source>
            <translation>Importar un conjunto de datos…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Data&lt;/b&gt; — no dataset open</source>
            <translation>&lt;b&gt;Datos&lt;/b&gt;: ningún conjunto de datos abierto</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Open project…</source>
            <translation>Abrir proyecto…</translation>
        </message>
        <message>
            <source>Open a dataset project</source>
            <translation>Abrir un proyecto de conjunto de datos</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Abrir proyecto</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Export the dataset</source>
            <translation>Exportar el conjunto de datos</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
            <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Añadir fila</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Find &amp;&amp; replace…</source>
            <translation>Buscar &amp;&amp; reemplazar…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Filter rows by text</source>
            <translation>Filtrar filas por texto</translation>
        </message>
        <message>
            <source>Regex</source>
            <translation>Regex</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>Todas las filas</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Calidad</translation>
        </message>
        <message>
            <source>Find and replace</source>
            <translation>Buscar y reemplazar</translation>
        </message>
        <message>
            <source>Regular expression (\1 in the replacement is a captured group)</source>
            <translation>Expresión regular (\1 en el reemplazo es un grupo capturado)</translation>
        </message>
        <message>
            <source>All columns</source>
            <translation>Todas las columnas</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Buscar:</translation>
        </message>
        <message>
            <source>Replace with:</source>
            <translation>Reemplazar por:</translation>
        </message>
        <message>
            <source>In:</source>
            <translation>En:</translation>
        </message>
        <message>
            <source>Replace all</source>
            <translation>Reemplazar todo</translation>
        </message>
        <message>
            <source>Invalid regular expression: %1</source>
            <translation>Expresión regular no válida: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) changed</source>
            <translation>
                <numerusform>%n celda modificada</numerusform>
                <numerusform>%n celdas modificadas</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>Nothing was read.</source>
            <translation>No se leyó nada.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Data&lt;/b&gt; — %1 · %n row(s)</source>
            <translation>
                <numerusform>&lt;b&gt;Datos&lt;/b&gt;: %1 · %n fila</numerusform>
                <numerusform>&lt;b&gt;Datos&lt;/b&gt;: %1 · %n filas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Select a row to see it as the model does.</source>
            <translation>Seleccione una fila para verla como la ve el modelo.</translation>
        </message>
        <message>
            <source>Row %1 cannot be rendered: %2</source>
            <translation>La fila %1 no se puede representar: %2</translation>
        </message>
        <message numerus="yes">
            <source>Drop %n exact duplicate(s)</source>
            <translation>
                <numerusform>Eliminar %n duplicado exacto</numerusform>
                <numerusform>Eliminar %n duplicados exactos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Drop %n empty row(s)</source>
            <translation>
                <numerusform>Eliminar %n fila vacía</numerusform>
                <numerusform>Eliminar %n filas vacías</numerusform>
            </translation>
        </message>
        <message>
            <source>Generate…</source>
            <translation>Generar…</translation>
        </message>
        <message>
            <source>Write new examples with a model or an OpenAI-compatible server</source>
            <translation>Escribir ejemplos nuevos con un modelo o un servidor compatible con OpenAI</translation>
        </message>
        <message numerus="yes">
            <source>Generate %n row(s)</source>
            <translation>
                <numerusform>Generar %n fila(s)</numerusform>
                <numerusform>Generar %n fila(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accept %n generated row(s)</source>
            <translation>
                <numerusform>Aceptar %n fila(s) generada(s)</numerusform>
                <numerusform>Aceptar %n fila(s) generada(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reject %n generated row(s)</source>
            <translation>
                <numerusform>Rechazar %n fila(s) generada(s)</numerusform>
                <numerusform>Rechazar %n fila(s) generada(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Accept selected</source>
            <translation>Aceptar selección</translation>
        </message>
        <message>
            <source>Reject selected</source>
            <translation>Rechazar selección</translation>
        </message>
        <message>
            <source>Accept all</source>
            <translation>Aceptar todas</translation>
        </message>
        <message>
            <source>Reject all</source>
            <translation>Rechazar todas</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n generated row(s)&lt;/b&gt; to review: accept keeps them, reject deletes them.</source>
            <translation>
                <numerusform>&lt;b&gt;%n fila(s) generada(s)&lt;/b&gt; por revisar: aceptar las conserva, rechazar las borra.</numerusform>
                <numerusform>&lt;b&gt;%n fila(s) generada(s)&lt;/b&gt; por revisar: aceptar las conserva, rechazar las borra.</numerusform>
            </translation>
        </message>
        <message>
            <source>Generated, to review (%1)</source>
            <translation>Generadas, por revisar (%1)</translation>
        </message>
        <message>
            <source>Generated (%1)</source>
            <translation>Generadas (%1)</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::DownloadManager</name>
        <message>
            <source>The download failed</source>
            <translation>La descarga ha fallado</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::DownloadPanel</name>
        <message>
            <source>%1 h %2 min left</source>
            <translation>quedan %1 h %2 min</translation>
        </message>
        <message>
            <source>%1 min left</source>
            <translation>quedan %1 min</translation>
        </message>
        <message>
            <source>%1 s left</source>
            <translation>quedan %1 s</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stops the download; what was downloaded is kept and a new download continues from there.</source>
            <translation>Detiene la descarga; lo ya descargado se conserva y una nueva descarga continúa desde ahí.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Downloading %1</source>
            <translation>Descargando %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>File %1 of %2: %3 (%4 of %5)</source>
            <translation>Archivo %1 de %2: %3 (%4 de %5)</translation>
        </message>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>%1 is downloaded</source>
            <translation>%1 se ha descargado</translation>
        </message>
        <message>
            <source>It is in the Hugging Face cache (%1) and can be chosen on the Model page.</source>
            <translation>Está en la caché de Hugging Face (%1) y se puede elegir en la página Modelo.</translation>
        </message>
        <message>
            <source>The download of %1 was stopped</source>
            <translation>La descarga de %1 se detuvo</translation>
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
            <translation>&lt;span style='background:%1;color:%2'&gt;&amp;nbsp;entrenado&amp;nbsp;&lt;/span&gt; &lt;span style='background:%3;color:%4'&gt;&amp;nbsp;prompt (enmascarado)&amp;nbsp;&lt;/span&gt; &amp;nbsp;↵ salto de línea &amp;nbsp;⟨eos⟩ fin de secuencia &amp;nbsp;✂ cortado en la longitud máxima</translation>
        </message>
        <message>
            <source>Select a row to see it as the model does.</source>
            <translation>Seleccione una fila para verla como la ve el modelo.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Row %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;Fila %1&lt;/b&gt;</translation>
        </message>
        <message>
            <source> · %1 tokens</source>
            <translation> · %1 tokens</translation>
        </message>
        <message>
            <source> of max %1</source>
            <translation> de %1 máx.</translation>
        </message>
        <message>
            <source> · %1 trained</source>
            <translation> · %1 entrenados</translation>
        </message>
        <message>
            <source>cut at the %1: %2 tokens dropped</source>
            <translation>cortado al %1: %2 tokens descartados</translation>
        </message>
        <message>
            <source>end</source>
            <translation>final</translation>
        </message>
        <message>
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source> · choose a model on the Model page to see its tokens</source>
            <translation> · elija un modelo en la página Modelo para ver sus tokens</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ExamplesModel</name>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Tokens</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Añadir fila</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n row(s)</source>
            <translation>
                <numerusform>Duplicar %n fila</numerusform>
                <numerusform>Duplicar %n filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n row(s)</source>
            <translation>
                <numerusform>Eliminar %n fila</numerusform>
                <numerusform>Eliminar %n filas</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace “%1”</source>
            <translation>Reemplazar «%1»</translation>
        </message>
        <message>
            <source>Trim whitespace</source>
            <translation>Recortar espacios</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ExportPage</name>
        <message>
            <source>Adapter to export</source>
            <translation>Adaptador a exportar</translation>
        </message>
        <message>
            <source>The current run's adapter, or any PEFT adapter folder</source>
            <translation>El adaptador de la ejecución actual o cualquier carpeta de adaptador PEFT</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Adapter (PEFT format)</source>
            <translation>Adaptador (formato PEFT)</translation>
        </message>
        <message>
            <source>A small folder (adapter_config.json + adapter_model.safetensors) that Hugging Face PEFT loads unchanged on top of the base model.</source>
            <translation>Una carpeta pequeña (adapter_config.json + adapter_model.safetensors) que Hugging Face PEFT carga sin cambios sobre el modelo base.</translation>
        </message>
        <message>
            <source>Save adapter…</source>
            <translation>Guardar adaptador…</translation>
        </message>
        <message>
            <source>Merged model (Hugging Face folder)</source>
            <translation>Modelo fusionado (carpeta Hugging Face)</translation>
        </message>
        <message>
            <source>The adapter folded into the base weights: a full model folder (config, safetensors shards, tokenizer) that transformers loads without PEFT. As large as the base model.</source>
            <translation>El adaptador integrado en los pesos base: una carpeta de modelo completa (config, fragmentos safetensors, tokenizador) que transformers carga sin PEFT. Tan grande como el modelo base.</translation>
        </message>
        <message>
            <source>Merge and save…</source>
            <translation>Fusionar y guardar…</translation>
        </message>
        <message>
            <source>Hugging Face Hub</source>
            <translation>Hugging Face Hub</translation>
        </message>
        <message>
            <source>Upload to the Hub…</source>
            <translation>Subir al Hub…</translation>
        </message>
        <message>
            <source>Choose a PEFT adapter folder</source>
            <translation>Elegir una carpeta de adaptador PEFT</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Detenido.</translation>
        </message>
        <message>
            <source>No adapter yet: train one in the Train step, or choose a folder.</source>
            <translation>Aún no hay adaptador: entrene uno en el paso Entrenar o elija una carpeta.</translation>
        </message>
        <message>
            <source>%1 is not a PEFT adapter folder (no adapter_config.json).</source>
            <translation>%1 no es una carpeta de adaptador PEFT (no hay adapter_config.json).</translation>
        </message>
        <message>
            <source>Choose the folder to save the adapter in</source>
            <translation>Elija la carpeta donde guardar el adaptador</translation>
        </message>
        <message>
            <source>Choose the folder to save the merged model in</source>
            <translation>Elija la carpeta donde guardar el modelo fusionado</translation>
        </message>
        <message>
            <source>Choose the base model in the Model step to merge the adapter into it.</source>
            <translation>Elija el modelo base en el paso Modelo para fusionar el adaptador con él.</translation>
        </message>
        <message>
            <source>GGUF for llama.cpp, Ollama and LM Studio</source>
            <translation>GGUF para llama.cpp, Ollama y LM Studio</translation>
        </message>
        <message>
            <source>One file with the adapter merged in, full precision or quantized (Q8_0, Q4_K_M), with the tokenizer and the prompt format inside, plus an Ollama Modelfile.</source>
            <translation>Un solo archivo con el adaptador fusionado, en precisión completa o cuantizado (Q8_0, Q4_K_M), con el tokenizador y el formato de prompt dentro, más un Modelfile de Ollama.</translation>
        </message>
        <message>
            <source>Export GGUF…</source>
            <translation>Exportar GGUF…</translation>
        </message>
        <message>
            <source>Put the adapter, with a model card made from the run, in a new or existing repository. Needs a network connection and a Hugging Face access token with write access (kept in the system keychain, never in a plain file).</source>
            <translation>Pone el adaptador, con una tarjeta del modelo creada a partir de la ejecución, en un repositorio nuevo o existente. Requiere conexión de red y un token de acceso de Hugging Face con acceso de escritura (guardado en el llavero del sistema, nunca en un archivo de texto).</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Adapter map…</source>
            <translation>Mapa del adaptador…</translation>
        </message>
        <message>
            <source>Which layers this adapter changed and how much, as a heat map; compare it with another adapter</source>
            <translation>Qué capas cambió este adaptador y cuánto, como mapa de calor; compárelo con otro adaptador</translation>
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
            <translation>Generar ejemplos</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Who answers, and how: e.g. “You are a friendly support agent for a bicycle shop. Answer in two or three sentences.”</source>
            <translation>Quién responde y cómo: p. ej. «Eres un agente de soporte amable de una tienda de bicicletas. Responde en dos o tres frases.»</translation>
        </message>
        <message>
            <source>Persona:</source>
            <translation>Persona:</translation>
        </message>
        <message>
            <source>0 always picks the likeliest word; higher values give more varied text.</source>
            <translation>0 elige siempre la palabra más probable; valores más altos dan un texto más variado.</translation>
        </message>
        <message>
            <source>Temperature:</source>
            <translation>Temperatura:</translation>
        </message>
        <message>
            <source>Max tokens:</source>
            <translation>Tokens máx.:</translation>
        </message>
        <message>
            <source>Rows:</source>
            <translation>Filas:</translation>
        </message>
        <message>
            <source>Where the text comes from</source>
            <translation>De dónde viene el texto</translation>
        </message>
        <message>
            <source>The model in Falconry</source>
            <translation>El modelo en Falconry</translation>
        </message>
        <message>
            <source>(choose a model in the Model step first)</source>
            <translation>(elija primero un modelo en el paso Modelo)</translation>
        </message>
        <message>
            <source>optional: a tuned adapter folder (runs/…/adapter)</source>
            <translation>opcional: una carpeta de adaptador entrenado (runs/…/adapter)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Choose an adapter folder</source>
            <translation>Elegir una carpeta de adaptador</translation>
        </message>
        <message>
            <source>Adapter:</source>
            <translation>Adaptador:</translation>
        </message>
        <message>
            <source>An OpenAI-compatible server (Ollama, llama.cpp, LM Studio, vLLM, a hosted service)</source>
            <translation>Un servidor compatible con OpenAI (Ollama, llama.cpp, LM Studio, vLLM, un servicio alojado)</translation>
        </message>
        <message>
            <source>The base URL ends in /v1, as OpenAI's own clients take it.</source>
            <translation>La URL base termina en /v1, como la esperan los clientes de OpenAI.</translation>
        </message>
        <message>
            <source>Base URL:</source>
            <translation>URL base:</translation>
        </message>
        <message>
            <source>List models</source>
            <translation>Listar modelos</translation>
        </message>
        <message>
            <source>Model:</source>
            <translation>Modelo:</translation>
        </message>
        <message>
            <source>kept in the system keychain; local servers need none</source>
            <translation>se guarda en el llavero del sistema; los servidores locales no la necesitan</translation>
        </message>
        <message>
            <source>API key:</source>
            <translation>Clave de API:</translation>
        </message>
        <message>
            <source>Stream the text as it is written</source>
            <translation>Mostrar el texto mientras se escribe</translation>
        </message>
        <message>
            <source>One topic per line, e.g.
returns and refunds
shipping times
sizing</source>
            <translation>Un tema por línea, p. ej.
devoluciones y reembolsos
plazos de envío
tallas</translation>
        </message>
        <message>
            <source>Topics:</source>
            <translation>Temas:</translation>
        </message>
        <message>
            <source>Take topics from a column…</source>
            <translation>Tomar los temas de una columna…</translation>
        </message>
        <message>
            <source>{topic} is replaced by each topic; {variant} by the question's number for that topic.</source>
            <translation>{topic} se sustituye por cada tema; {variant} por el número de la pregunta de ese tema.</translation>
        </message>
        <message>
            <source>Instruction:</source>
            <translation>Instrucción:</translation>
        </message>
        <message>
            <source>Questions per topic before the topics come round again.</source>
            <translation>Preguntas por tema antes de volver a empezar con los temas.</translation>
        </message>
        <message>
            <source>Questions per topic:</source>
            <translation>Preguntas por tema:</translation>
        </message>
        <message>
            <source>Topics × instruction</source>
            <translation>Temas × instrucción</translation>
        </message>
        <message>
            <source>Select the rows to imitate in the table first. New questions of the same kind are written; any too close to a row of the dataset is dropped.</source>
            <translation>Seleccione primero en la tabla las filas que imitar. Se escriben preguntas nuevas del mismo tipo; las demasiado parecidas a una fila del conjunto se descartan.</translation>
        </message>
        <message numerus="yes">
            <source>%n selected row(s) are the examples. New questions of the same kind are written; any too close to a row of the dataset is dropped.</source>
            <translation>
                <numerusform>%n fila(s) seleccionada(s) sirven de ejemplo. Se escriben preguntas nuevas del mismo tipo; las demasiado parecidas a una fila del conjunto se descartan.</numerusform>
                <numerusform>%n fila(s) seleccionada(s) sirven de ejemplo. Se escriben preguntas nuevas del mismo tipo; las demasiado parecidas a una fila del conjunto se descartan.</numerusform>
            </translation>
        </message>
        <message>
            <source>More like these</source>
            <translation>Más como estos</translation>
        </message>
        <message>
            <source>Questions that a passage of these documents answers; the passage is kept with each row.</source>
            <translation>Preguntas que responde un pasaje de estos documentos; el pasaje se guarda con cada fila.</translation>
        </message>
        <message>
            <source>Add documents…</source>
            <translation>Añadir documentos…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Add documents</source>
            <translation>Añadir documentos</translation>
        </message>
        <message>
            <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.rst);;All files (*)</source>
            <translation>Documentos (*.txt *.md *.markdown *.html *.htm *.pdf *.rst);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>From documents</source>
            <translation>A partir de documentos</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message numerus="yes">
            <source>“Preview” writes the first %n result(s) so you can adjust the recipe; “Generate” writes them all. Rows land in the table marked “generated”, as one step you can undo.</source>
            <translation>
                <numerusform>«Vista previa» escribe los primeros %n resultado(s) para ajustar la receta; «Generar» los escribe todos. Las filas llegan a la tabla marcadas «generated», en un solo paso que se puede deshacer.</numerusform>
                <numerusform>«Vista previa» escribe los primeros %n resultado(s) para ajustar la receta; «Generar» los escribe todos. Las filas llegan a la tabla marcadas «generated», en un solo paso que se puede deshacer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Generar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stops after the rows finished so far; they are kept.</source>
            <translation>Se detiene tras las filas ya terminadas; se conservan.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>An unfinished generation (%1 recipe) has %2 of %3 rows. Resume it, or discard it.</source>
            <translation>Una generación sin terminar (receta %1) tiene %2 de %3 filas. Reanúdela o descártela.</translation>
        </message>
        <message>
            <source>Asking %1 for its models…</source>
            <translation>Pidiendo a %1 sus modelos…</translation>
        </message>
        <message>
            <source>Could not list the models: %1</source>
            <translation>No se pudieron listar los modelos: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s) on the server.</source>
            <translation>
                <numerusform>%n modelo(s) en el servidor.</numerusform>
                <numerusform>%n modelo(s) en el servidor.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add at least one document.</source>
            <translation>Añada al menos un documento.</translation>
        </message>
        <message>
            <source>An unfinished generation is waiting: resume or discard it first.</source>
            <translation>Hay una generación sin terminar: reanúdela o descártela primero.</translation>
        </message>
        <message>
            <source>Enter the server's model name, or press “List models”.</source>
            <translation>Escriba el nombre del modelo del servidor o pulse «Listar modelos».</translation>
        </message>
        <message>
            <source>Choose a model in the Model step first, or use a server.</source>
            <translation>Elija primero un modelo en el paso Modelo o use un servidor.</translation>
        </message>
        <message>
            <source>Writing a preview…</source>
            <translation>Escribiendo una vista previa…</translation>
        </message>
        <message>
            <source>Generating…</source>
            <translation>Generando…</translation>
        </message>
        <message>
            <source>Stopping after the rows finished so far…</source>
            <translation>Deteniendo tras las filas ya terminadas…</translation>
        </message>
        <message>
            <source>%1 / %2 rows</source>
            <translation>%1 / %2 filas</translation>
        </message>
        <message>
            <source>%1 rows/s</source>
            <translation>%1 filas/s</translation>
        </message>
        <message>
            <source>%1 rows/min</source>
            <translation>%1 filas/min</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>quedan unos %1</translation>
        </message>
        <message numerus="yes">
            <source>%n resumed</source>
            <translation>
                <numerusform>%n reanudada(s)</numerusform>
                <numerusform>%n reanudada(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dropped as near duplicates</source>
            <translation>
                <numerusform>%n descartada(s) por casi duplicadas</numerusform>
                <numerusform>%n descartada(s) por casi duplicadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preview: %n row(s). Adjust the recipe, or press “Generate” for all of them.</source>
            <translation>
                <numerusform>Vista previa: %n fila(s). Ajuste la receta o pulse «Generar» para todas.</numerusform>
                <numerusform>Vista previa: %n fila(s). Ajuste la receta o pulse «Generar» para todas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped: %n finished row(s) were added to the table.</source>
            <translation>
                <numerusform>Detenido: se añadieron a la tabla %n fila(s) terminada(s).</numerusform>
                <numerusform>Detenido: se añadieron a la tabla %n fila(s) terminada(s).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %n row(s) were added to the table, marked “generated”.</source>
            <translation>
                <numerusform>Hecho: se añadieron a la tabla %n fila(s), marcadas «generated».</numerusform>
                <numerusform>Hecho: se añadieron a la tabla %n fila(s), marcadas «generated».</numerusform>
            </translation>
        </message>
        <message>
            <source>Fewer than asked: too many questions were near duplicates — add topics or raise the temperature.</source>
            <translation>Menos de lo pedido: demasiadas preguntas eran casi duplicadas; añada temas o suba la temperatura.</translation>
        </message>
        <message numerus="yes">
            <source>The %n finished row(s) are kept: resume when the problem is solved.</source>
            <translation>
                <numerusform>Las %n fila(s) terminada(s) se conservan: reanude cuando el problema esté resuelto.</numerusform>
                <numerusform>Las %n fila(s) terminada(s) se conservan: reanude cuando el problema esté resuelto.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::GenerationController</name>
        <message>
            <source>No engine to run the model on</source>
            <translation>No hay motor en el que ejecutar el modelo</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>Cargando el modelo…</translation>
        </message>
        <message>
            <source>Generation finished</source>
            <translation>Generación terminada</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::GgufExportDialog</name>
        <message>
            <source>Export GGUF</source>
            <translation>Exportar GGUF</translation>
        </message>
        <message>
            <source>One file with the adapter merged into the base model, for llama.cpp, Ollama and LM Studio. The tokenizer and the prompt format travel inside it.</source>
            <translation>Un solo archivo con el adaptador fusionado en el modelo base, para llama.cpp, Ollama y LM Studio. El tokenizador y el formato de prompt van dentro.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Archivo:</translation>
        </message>
        <message>
            <source>Q4_K_M: smallest that stays good (about 4.9 bits per weight)</source>
            <translation>Q4_K_M: el más pequeño que sigue siendo bueno (unos 4,9 bits por peso)</translation>
        </message>
        <message>
            <source>Q8_0: near-lossless, half of F16 (8.5 bits per weight)</source>
            <translation>Q8_0: casi sin pérdida, la mitad de F16 (8,5 bits por peso)</translation>
        </message>
        <message>
            <source>F16: full quality (16 bits per weight)</source>
            <translation>F16: calidad completa (16 bits por peso)</translation>
        </message>
        <message>
            <source>BF16: full quality, the training precision (16 bits)</source>
            <translation>BF16: calidad completa, la precisión del entrenamiento (16 bits)</translation>
        </message>
        <message>
            <source>Q4_0: small, older format (4.5 bits per weight)</source>
            <translation>Q4_0: pequeño, formato más antiguo (4,5 bits por peso)</translation>
        </message>
        <message>
            <source>F32: exact, twice the size of F16</source>
            <translation>F32: exacto, el doble de tamaño que F16</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <source>Falcon instruct (User: / Assistant:)</source>
            <translation>Falcon instruct (User: / Assistant:)</translation>
        </message>
        <message>
            <source>Falcon chat (System: / User: / Falcon:)</source>
            <translation>Falcon chat (System: / User: / Falcon:)</translation>
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
            <translation>Texto plano</translation>
        </message>
        <message>
            <source>None (no chat template)</source>
            <translation>Ninguno (sin plantilla de chat)</translation>
        </message>
        <message>
            <source>Prompt format:</source>
            <translation>Formato de prompt:</translation>
        </message>
        <message>
            <source>Also write an Ollama Modelfile beside it</source>
            <translation>Escribir también un Modelfile de Ollama junto a él</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Save the GGUF as</source>
            <translation>Guardar el GGUF como</translation>
        </message>
        <message>
            <source>GGUF models (*.gguf)</source>
            <translation>Modelos GGUF (*.gguf)</translation>
        </message>
        <message>
            <source>About a third of F16. Falcon's layers use a mix: some with 5 or 6 bits, as llama.cpp's own Q4_K_M.</source>
            <translation>Aproximadamente un tercio de F16. Las capas de Falcon usan una mezcla: algunas con 5 o 6 bits, como el propio Q4_K_M de llama.cpp.</translation>
        </message>
        <message>
            <source>Answers are almost always the same as the model's own.</source>
            <translation>Las respuestas son casi siempre las mismas que las del propio modelo.</translation>
        </message>
        <message>
            <source>Afterwards, run it in Ollama from a terminal in %1:
    ollama create %2 -f Modelfile</source>
            <translation>Después, ejecútelo en Ollama desde una terminal en %1:
    ollama create %2 -f Modelfile</translation>
        </message>
        <message>
            <source>Open the file in LM Studio, or run it with llama.cpp: llama-cli -m %1</source>
            <translation>Abra el archivo en LM Studio o ejecútelo con llama.cpp: llama-cli -m %1</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::HubDownloadBox</name>
        <message>
            <source>Download from the Hugging Face Hub</source>
            <translation>Descargar del Hugging Face Hub</translation>
        </message>
        <message>
            <source>organisation/model, e.g. tiiuae/falcon-7b-instruct</source>
            <translation>organización/modelo, p. ej. tiiuae/falcon-7b-instruct</translation>
        </message>
        <message>
            <source>Download…</source>
            <translation>Descargar…</translation>
        </message>
        <message>
            <source>Shows the size and the memory plan first; the files go into the Hugging Face cache, where transformers finds them too.</source>
            <translation>Muestra primero el tamaño y el plan de memoria; los archivos van a la caché de Hugging Face, donde transformers también los encuentra.</translation>
        </message>
        <message>
            <source>Asking the Hub about %1…</source>
            <translation>Consultando %1 en el Hub…</translation>
        </message>
        <message>
            <source>%1 is downloaded and listed under "In the Hugging Face cache".</source>
            <translation>%1 se ha descargado y aparece en «En la caché de Hugging Face».</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Descargando…</translation>
        </message>
        <message>
            <source>1 file</source>
            <translation>1 archivo</translation>
        </message>
        <message>
            <source>%1 files</source>
            <translation>%1 archivos</translation>
        </message>
        <message>
            <source>%1 (commit %2): %3, %4</source>
            <translation>%1 (commit %2): %3, %4</translation>
        </message>
        <message>
            <source>, of which %1 are already on this machine</source>
            <translation>, de los que %1 ya están en este equipo</translation>
        </message>
        <message>
            <source>. Free disk space: %1.</source>
            <translation>. Espacio libre en disco: %1.</translation>
        </message>
        <message>
            <source>Licence: %1.</source>
            <translation>Licencia: %1.</translation>
        </message>
        <message>
            <source>This model is gated: accept its licence on its Hub page and sign in first.</source>
            <translation>Este modelo es de acceso restringido: primero acepte su licencia en su página del Hub e inicie sesión.</translation>
        </message>
        <message>
            <source>A LoRA run of it (bf16, 512 tokens, batch 1) needs about %1 of memory; %2 are free: it fits.</source>
            <translation>Una ejecución LoRA con él (bf16, 512 tokens, lote 1) necesita unos %1 de memoria; hay %2 libres: cabe.</translation>
        </message>
        <message>
            <source>A LoRA run in bf16 needs about %1, more than the %2 free; with a 4-bit base (QLoRA) it needs %3 and fits.</source>
            <translation>Una ejecución LoRA en bf16 necesita unos %1, más que los %2 libres; con una base de 4 bits (QLoRA) necesita %3 y cabe.</translation>
        </message>
        <message>
            <source>A run of it needs about %1 (QLoRA: %2), more than the %3 free on this machine.</source>
            <translation>Una ejecución con él necesita unos %1 (QLoRA: %2), más que los %3 libres en este equipo.</translation>
        </message>
        <message>
            <source>Not enough free disk space: free %1 more, or set HF_HUB_CACHE to a larger disk.</source>
            <translation>No hay suficiente espacio libre en disco: libere %1 más o configure HF_HUB_CACHE en un disco más grande.</translation>
        </message>
        <message>
            <source>Download %1?</source>
            <translation>¿Descargar %1?</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ImportWizard</name>
        <message>
            <source>Import a dataset</source>
            <translation>Importar un conjunto de datos</translation>
        </message>
        <message>
            <source>Source file</source>
            <translation>Archivo de origen</translation>
        </message>
        <message>
            <source>CSV, TSV, JSON, JSONL or plain text. The file is only read: Falconry works on its own copy.</source>
            <translation>CSV, TSV, JSON, JSONL o texto plano. El archivo solo se lee: Falconry trabaja sobre su propia copia.</translation>
        </message>
        <message>
            <source>Choose a file, or drop one on the window</source>
            <translation>Elija un archivo o suéltelo sobre la ventana</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Detectar</translation>
        </message>
        <message>
            <source>File format:</source>
            <translation>Formato de archivo:</translation>
        </message>
        <message>
            <source>Skip bad rows and list them</source>
            <translation>Omitir las filas erróneas y listarlas</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.tsv *.json *.jsonl *.ndjson *.txt);;All files (*)</source>
            <translation>Conjuntos de datos (*.csv *.tsv *.json *.jsonl *.ndjson *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Roles and template</source>
            <translation>Roles y plantilla</translation>
        </message>
        <message>
            <source>Which column is the question and which the answer, and how the model sees them. Green tokens are trained, grey ones are the prompt (masked).</source>
            <translation>Qué columna es la pregunta y cuál la respuesta, y cómo las ve el modelo. Los tokens verdes se entrenan; los grises son el prompt (enmascarado).</translation>
        </message>
        <message>
            <source>As detected</source>
            <translation>Según lo detectado</translation>
        </message>
        <message>
            <source>Rows look like:</source>
            <translation>Las filas parecen:</translation>
        </message>
        <message>
            <source>System:</source>
            <translation>Sistema:</translation>
        </message>
        <message>
            <source>User / instruction:</source>
            <translation>Usuario / instrucción:</translation>
        </message>
        <message>
            <source>Input / context:</source>
            <translation>Entrada / contexto:</translation>
        </message>
        <message>
            <source>Assistant / answer:</source>
            <translation>Asistente / respuesta:</translation>
        </message>
        <message>
            <source>Text (trained as is):</source>
            <translation>Texto (entrenado tal cual):</translation>
        </message>
        <message>
            <source>Conversation:</source>
            <translation>Conversación:</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Plantilla:</translation>
        </message>
        <message>
            <source>Q: {question}\nA: {answer}</source>
            <translation>P: {question}\nR: {answer}</translation>
        </message>
        <message>
            <source>Custom:</source>
            <translation>Personalizada:</translation>
        </message>
        <message>
            <source>Answers only</source>
            <translation>Solo respuestas</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Train on:</source>
            <translation>Entrenar con:</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Leyendo %1…</translation>
        </message>
        <message>
            <source>&lt;b&gt;The file could not be read.&lt;/b&gt; %1&lt;br&gt;Fix the file, choose another format, or tick “Skip bad rows” to import the rest.</source>
            <translation>&lt;b&gt;No se pudo leer el archivo.&lt;/b&gt; %1&lt;br&gt;Corrija el archivo, elija otro formato o marque «Omitir las filas erróneas» para importar el resto.</translation>
        </message>
        <message numerus="yes">
            <source>Read %n row(s) as %1 (%2), columns: %3.</source>
            <translation>
                <numerusform>Se leyó %n fila como %1 (%2), columnas: %3.</numerusform>
                <numerusform>Se leyeron %n filas como %1 (%2), columnas: %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped, line %1, column %2: %3</source>
            <translation>Omitida, línea %1, columna %2: %3</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Línea %1: %2</translation>
        </message>
        <message>
            <source>Invalid text, line %1, column %2: %3</source>
            <translation>Texto no válido, línea %1, columna %2: %3</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguna)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Detected: %1&lt;/b&gt; (confidence %2%)%3</source>
            <translation>&lt;b&gt;Detectado: %1&lt;/b&gt; (confianza %2 %)%3</translation>
        </message>
        <message>
            <source>, multi-turn</source>
            <translation>, varios turnos</translation>
        </message>
        <message>
            <source>No model chosen: showing prompt and answer parts without token boundaries.</source>
            <translation>Ningún modelo elegido: se muestran prompt y respuesta sin límites de tokens.</translation>
        </message>
        <message>
            <source>Row %1</source>
            <translation>Fila %1</translation>
        </message>
        <message>
            <source>%1 — %2 tokens, %3 trained</source>
            <translation>%1: %2 tokens, %3 entrenados</translation>
        </message>
        <message>
            <source>These roles are right</source>
            <translation>Estos roles son correctos</translation>
        </message>
        <message>
            <source>&lt;b&gt;Check the roles:&lt;/b&gt; Falconry guessed them from the columns' names and text with only %1 % confidence (%2). Choose the columns that hold the question and the answer, or tick the box if the guess is right.</source>
            <translation>&lt;b&gt;Compruebe los roles:&lt;/b&gt; Falconry los adivinó por los nombres y el texto de las columnas con solo un %1 % de confianza (%2). Elija las columnas de la pregunta y la respuesta, o marque la casilla si la suposición es correcta.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::KnowledgePage</name>
        <message>
            <source>A knowledge base gives the model facts to quote: manuals, price lists, policies. Passages that match a question are put in front of it, numbered, and the answer cites them as [1], [2]. Nothing is trained; change a document and import it again.</source>
            <translation>Una base de conocimiento da al modelo hechos que citar: manuales, listas de precios, políticas. Los pasajes que coinciden con una pregunta se colocan delante de ella, numerados, y la respuesta los cita como [1], [2]. No se entrena nada; modifique un documento e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>Knowledge base file…</source>
            <translation>Archivo de base de conocimiento…</translation>
        </message>
        <message>
            <source>Open or create another knowledge base (one .sqlite file per knowledge base)</source>
            <translation>Abrir o crear otra base de conocimiento (un archivo .sqlite por base)</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>Pasajes</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Drop files or folders here: text, Markdown, HTML, PDF, CSV or JSONL.</source>
            <translation>Suelte aquí archivos o carpetas: texto, Markdown, HTML, PDF, CSV o JSONL.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Añadir archivos…</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Añadir carpeta…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the selected documents and their passages from the knowledge base (the files stay)</source>
            <translation>Quitar de la base los documentos seleccionados y sus pasajes (los archivos se conservan)</translation>
        </message>
        <message>
            <source>Search the passages</source>
            <translation>Buscar en los pasajes</translation>
        </message>
        <message>
            <source>Ask a question or type words, then press Enter</source>
            <translation>Haga una pregunta o escriba palabras y pulse Intro</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop the import; the file being imported is left as it was</source>
            <translation>Detener la importación; el archivo en curso queda como estaba</translation>
        </message>
        <message>
            <source>Wait for the import to finish or cancel it first.</source>
            <translation>Espere a que termine la importación o cancélela primero.</translation>
        </message>
        <message>
            <source>This knowledge base cannot be opened: %1</source>
            <translation>Esta base de conocimiento no se puede abrir: %1</translation>
        </message>
        <message>
            <source>Knowledge base: %1</source>
            <translation>Base de conocimiento: %1</translation>
        </message>
        <message>
            <source>%1
%2 bytes, imported %3</source>
            <translation>%1
%2 bytes, importado %3</translation>
        </message>
        <message>
            <source>No documents yet. Drop files or folders here, or click Add files.</source>
            <translation>Aún no hay documentos. Suelte aquí archivos o carpetas, o pulse Añadir archivos.</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s), %1 passages.</source>
            <translation>
                <numerusform>%n documento(s), %1 pasajes.</numerusform>
                <numerusform>%n documento(s), %1 pasajes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Leyendo…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>The import could not run: %1</source>
            <translation>La importación no pudo ejecutarse: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) added</source>
            <translation>
                <numerusform>%n documento(s) añadido(s)</numerusform>
                <numerusform>%n documento(s) añadido(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed document(s) replaced</source>
            <translation>
                <numerusform>%n documento(s) modificado(s) reemplazado(s)</numerusform>
                <numerusform>%n documento(s) modificado(s) reemplazado(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n sin cambios</numerusform>
                <numerusform>%n sin cambios</numerusform>
            </translation>
        </message>
        <message>
            <source>cancelled (the file being imported was left as it was)</source>
            <translation>cancelado (el archivo en curso quedó como estaba)</translation>
        </message>
        <message numerus="yes">
            <source>%n could not be imported:</source>
            <translation>
                <numerusform>%n no se pudo (pudieron) importar:</numerusform>
                <numerusform>%n no se pudo (pudieron) importar:</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 passages in the knowledge base.</source>
            <translation>%1 pasajes en la base de conocimiento.</translation>
        </message>
        <message>
            <source>%1 is not in this knowledge base.</source>
            <translation>%1 no está en esta base de conocimiento.</translation>
        </message>
        <message>
            <source>&lt;p&gt;No passage contains these words. Try other words, or import the document that answers it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ningún pasaje contiene estas palabras. Pruebe otras palabras o importe el documento que responde.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>página %1</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>línea %1</translation>
        </message>
        <message>
            <source>score %1</source>
            <translation>puntuación %1</translation>
        </message>
        <message>
            <source>Add documents</source>
            <translation>Añadir documentos</translation>
        </message>
        <message>
            <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.csv *.tsv *.jsonl);;All files (*)</source>
            <translation>Documentos (*.txt *.md *.markdown *.html *.htm *.pdf *.csv *.tsv *.jsonl);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Add every document of a folder</source>
            <translation>Añadir todos los documentos de una carpeta</translation>
        </message>
        <message>
            <source>Open or create a knowledge base</source>
            <translation>Abrir o crear una base de conocimiento</translation>
        </message>
        <message>
            <source>Knowledge base (*.sqlite)</source>
            <translation>Base de conocimiento (*.sqlite)</translation>
        </message>
        <message>
            <source>Knowledge base</source>
            <translation>Base de conocimiento</translation>
        </message>
        <message>
            <source>&lt;b&gt;Demo:&lt;/b&gt; build a knowledge base from the Aerie feeder's manual, then ask Compare about the feeder with the knowledge base, or run the strategy check on 42 questions about it.</source>
            <translation>&lt;b&gt;Demostración:&lt;/b&gt; cree una base de conocimiento a partir del manual del comedero Aerie; luego pregunte en Comparar sobre el comedero con la base de conocimiento, o ejecute la comprobación de estrategias con 42 preguntas sobre él.</translation>
        </message>
        <message>
            <source>Build from the demo manual</source>
            <translation>Crear a partir del manual de demostración</translation>
        </message>
        <message>
            <source>Strategy check…</source>
            <translation>Comprobación de estrategias…</translation>
        </message>
        <message>
            <source>Ask your questions four ways (base, base + knowledge base, tuned, tuned + knowledge base) and count the answers that contain the right fact</source>
            <translation>Hacer sus preguntas de cuatro formas (base, base + base de conocimiento, ajustado, ajustado + base de conocimiento) y contar las respuestas que contienen el hecho correcto</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::LocalTrainRun</name>
        <message>
            <source>A run is already in progress.</source>
            <translation>Ya hay una ejecución en curso.</translation>
        </message>
        <message>
            <source>falconry-cli was not found beside Falconry (%1) nor on the PATH; it runs the local processes.</source>
            <translation>No se encontró falconry-cli junto a Falconry (%1) ni en el PATH; es el que ejecuta los procesos locales.</translation>
        </message>
        <message>
            <source>falconry-cli could not be started: %1</source>
            <translation>No se pudo iniciar falconry-cli: %1</translation>
        </message>
        <message>
            <source>Running %1 %2</source>
            <translation>Ejecutando %1 %2</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>terminado</translation>
        </message>
        <message>
            <source>Run %1 after %2 steps, final loss %3.</source>
            <translation>Ejecución %1 tras %2 pasos, pérdida final %3.</translation>
        </message>
        <message>
            <source>falconry-cli was ended by a signal.</source>
            <translation>falconry-cli fue terminado por una señal.</translation>
        </message>
        <message>
            <source>falconry-cli exited with status %1.</source>
            <translation>falconry-cli terminó con el estado %1.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::LossChart</name>
        <message>
            <source>Loss</source>
            <translation>Pérdida</translation>
        </message>
        <message>
            <source>train (raw)</source>
            <translation>entrenamiento (bruto)</translation>
        </message>
        <message>
            <source>train (smoothed)</source>
            <translation>entrenamiento (suavizado)</translation>
        </message>
        <message>
            <source>eval</source>
            <translation>evaluación</translation>
        </message>
        <message>
            <source>step</source>
            <translation>paso</translation>
        </message>
        <message>
            <source>Learning rate and speed</source>
            <translation>Tasa de aprendizaje y velocidad</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>tasa de aprendizaje</translation>
        </message>
        <message>
            <source>tokens/s</source>
            <translation>tokens/s</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::MemoryBar</name>
        <message>
            <source>Needs %1</source>
            <translation>Necesita %1</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ModelPage</name>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>On this machine</source>
            <translation>En este equipo</translation>
        </message>
        <message>
            <source>Open folder…</source>
            <translation>Abrir carpeta…</translation>
        </message>
        <message>
            <source>Any Falcon-architecture Hugging Face folder: config.json, *.safetensors and a tokenizer</source>
            <translation>Cualquier carpeta Hugging Face con arquitectura Falcon: config.json, *.safetensors y un tokenizador</translation>
        </message>
        <message>
            <source>Look in the Hugging Face cache again</source>
            <translation>Buscar de nuevo en la caché de Hugging Face</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Usar este modelo</translation>
        </message>
        <message>
            <source>What a LoRA run needs</source>
            <translation>Lo que necesita un entrenamiento LoRA</translation>
        </message>
        <message>
            <source>bf16 base (LoRA)</source>
            <translation>Base bf16 (LoRA)</translation>
        </message>
        <message>
            <source>4-bit NF4 base (QLoRA)</source>
            <translation>Base NF4 de 4 bits (QLoRA)</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> tokens</translation>
        </message>
        <message>
            <source>Gradient checkpointing</source>
            <translation>Gradient checkpointing</translation>
        </message>
        <message>
            <source>Recomputes activations in the backward pass: much less memory, about 30 % slower.</source>
            <translation>Recalcula las activaciones en la pasada hacia atrás: mucha menos memoria, alrededor de un 30 % más lento.</translation>
        </message>
        <message>
            <source>Base weights:</source>
            <translation>Pesos base:</translation>
        </message>
        <message>
            <source>Max length:</source>
            <translation>Longitud máxima:</translation>
        </message>
        <message>
            <source>Batch size:</source>
            <translation>Tamaño de lote:</translation>
        </message>
        <message>
            <source>LoRA rank:</source>
            <translation>Rango LoRA:</translation>
        </message>
        <message>
            <source>Falcon models</source>
            <translation>Modelos Falcon</translation>
        </message>
        <message>
            <source>In the Hugging Face cache</source>
            <translation>En la caché de Hugging Face</translation>
        </message>
        <message>
            <source>Opened folders</source>
            <translation>Carpetas abiertas</translation>
        </message>
        <message>
            <source>none found in %1</source>
            <translation>ninguno encontrado en %1</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>en uso</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>not bundled in this build</source>
            <translation>no incluido en esta compilación</translation>
        </message>
        <message>
            <source>not downloaded</source>
            <translation>no descargado</translation>
        </message>
        <message>
            <source>No model chosen</source>
            <translation>Ningún modelo elegido</translation>
        </message>
        <message>
            <source>Pick a model on the left or open a folder.</source>
            <translation>Elija un modelo a la izquierda o abra una carpeta.</translation>
        </message>
        <message>
            <source>%1 parameters</source>
            <translation>%1 parámetros</translation>
        </message>
        <message>
            <source>licence: %1</source>
            <translation>licencia: %1</translation>
        </message>
        <message>
            <source>context %1 tokens</source>
            <translation>contexto %1 tokens</translation>
        </message>
        <message>
            <source>The demo model is not bundled in this build of Falconry.</source>
            <translation>El modelo de demostración no está incluido en esta compilación de Falconry.</translation>
        </message>
        <message>
            <source>On disk at %1, but it cannot be used: %2</source>
            <translation>En el disco en %1, pero no se puede usar: %2</translation>
        </message>
        <message>
            <source>On disk at %1</source>
            <translation>En el disco en %1</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>En uso</translation>
        </message>
        <message>
            <source>This folder cannot be used</source>
            <translation>Esta carpeta no se puede usar</translation>
        </message>
        <message>
            <source>Open a Falcon model folder</source>
            <translation>Abrir una carpeta de modelo Falcon</translation>
        </message>
        <message>
            <source>%1 layers, hidden %2, %3 heads, vocabulary %4</source>
            <translation>%1 capas, oculto %2, %3 cabezas, vocabulario %4</translation>
        </message>
        <message>
            <source>RAM %1</source>
            <translation>RAM %1</translation>
        </message>
        <message>
            <source>Size unknown until the model's config.json is on disk.</source>
            <translation>Tamaño desconocido hasta que el config.json del modelo esté en el disco.</translation>
        </message>
        <message>
            <source>✔ Fits: needs %1 of the %2 free.</source>
            <translation>✔ Cabe: necesita %1 de los %2 libres.</translation>
        </message>
        <message>
            <source>The weights fit: %1 of the %2 free.</source>
            <translation>Los pesos caben: %1 de los %2 libres.</translation>
        </message>
        <message>
            <source>✘ Does not fit in bf16 (%1 needed, %2 free) — fits with a 4-bit NF4 base (%3).</source>
            <translation>✘ No cabe en bf16 (se necesitan %1, %2 libres); cabe con una base NF4 de 4 bits (%3).</translation>
        </message>
        <message>
            <source>✘ Does not fit: %1 needed, %2 free. A smaller model (Falcon-7B or Falcon-RW-1B), a shorter max length or a machine with more memory would make it fit.</source>
            <translation>✘ No cabe: se necesitan %1, %2 libres. Un modelo más pequeño (Falcon-7B o Falcon-RW-1B), una longitud máxima menor o un equipo con más memoria lo harían caber.</translation>
        </message>
        <message>
            <source>Start the demo</source>
            <translation>Iniciar la demostración</translation>
        </message>
        <message>
            <source>&lt;b&gt;New to Falconry?&lt;/b&gt; Try the demo: a small Falcon model and a support-agent dataset that come with Falconry. Its "Quick test" run takes a few minutes on a fast computer and 10 or more on a slow or busy one (the Train page shows the time elapsed and left), then Compare shows the base and the tuned model side by side.</source>
            <translation>&lt;b&gt;¿Nuevo en Falconry?&lt;/b&gt; Pruebe la demostración: un pequeño modelo Falcon y un conjunto de datos de soporte que vienen con Falconry. Su «Prueba rápida» tarda unos minutos en un ordenador rápido y 10 o más en uno lento u ocupado (la página Entrenar muestra el tiempo transcurrido y el restante); después, Comparar muestra el modelo base y el ajustado lado a lado.</translation>
        </message>
        <message>
            <source>Training time: estimated once a dataset is chosen in the Data step.</source>
            <translation>Tiempo de entrenamiento: se estima cuando se elige un conjunto de datos en el paso Datos.</translation>
        </message>
        <message>
            <source>Training time: counting the tokens of the chosen data…</source>
            <translation>Tiempo de entrenamiento: contando los tokens de los datos elegidos…</translation>
        </message>
        <message>
            <source>Training time: the chosen data cannot be read with this model's tokenizer (%1).</source>
            <translation>Tiempo de entrenamiento: los datos elegidos no se pueden leer con el tokenizador de este modelo (%1).</translation>
        </message>
        <message>
            <source>Training time: estimated once the model is on disk (its tokenizer counts the data's tokens).</source>
            <translation>Tiempo de entrenamiento: se estima cuando el modelo está en el disco (su tokenizador cuenta los tokens de los datos).</translation>
        </message>
        <message>
            <source>one epoch of the chosen data (%1 rows, %2 tokens at max length %3)</source>
            <translation>una época de los datos elegidos (%1 filas, %2 tokens con longitud máx. %3)</translation>
        </message>
        <message>
            <source>Training time for %1: measuring this computer's speed…</source>
            <translation>Tiempo de entrenamiento para %1: midiendo la velocidad de este ordenador…</translation>
        </message>
        <message>
            <source>under a minute</source>
            <translation>menos de un minuto</translation>
        </message>
        <message numerus="yes">
            <source>about %n min</source>
            <translation>
                <numerusform>unos %n min</numerusform>
                <numerusform>unos %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>about %1 h</source>
            <translation>unas %1 h</translation>
        </message>
        <message>
            <source>Training time for %1: %2, at %3 tokens/s measured on this computer (run %4).</source>
            <translation>Tiempo de entrenamiento para %1: %2, a %3 tokens/s medidos en este ordenador (ejecución %4).</translation>
        </message>
        <message>
            <source>Training time for %1: %2, at about %3 tokens/s estimated from this computer's measured matrix speed (a rough figure; the first run here measures the real one, and the Train page shows the time left).</source>
            <translation>Tiempo de entrenamiento para %1: %2, a unos %3 tokens/s estimados a partir de la velocidad matricial medida de este ordenador (una cifra aproximada; la primera ejecución aquí mide la real, y la página Entrenar muestra el tiempo restante).</translation>
        </message>
        <message>
            <source>Not on this machine: download %1 from the Hugging Face Hub below, or put its Hugging Face folder on disk and use "Open folder…".</source>
            <translation>No está en este equipo: descargue %1 del Hugging Face Hub más abajo, o ponga su carpeta Hugging Face en el disco y use «Abrir carpeta…».</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ProbePanel</name>
        <message>
            <source>Probe prompts</source>
            <translation>Prompts de prueba</translation>
        </message>
        <message>
            <source>Answer probe prompts at every checkpoint</source>
            <translation>Responder a los prompts de prueba en cada punto de control</translation>
        </message>
        <message>
            <source>The base model answers once, then every checkpoint as it is written (greedy, between training steps, on the weights already loaded). The Probes tab shows how the answers change. Each round costs a short generation: seconds on small models, longer on 7B.</source>
            <translation>El modelo base responde una vez y luego cada punto de control en cuanto se escribe (voraz, entre pasos de entrenamiento, con los pesos ya cargados). La pestaña «Prompts de prueba» muestra cómo cambian las respuestas. Cada ronda cuesta una generación corta: segundos en modelos pequeños, más en 7B.</translation>
        </message>
        <message>
            <source>One prompt per line, as a user would ask it.
Empty: the first three held-out examples of the dataset, with their answers as the reference.</source>
            <translation>Un prompt por línea, tal como lo preguntaría un usuario.
Vacío: los tres primeros ejemplos reservados del conjunto de datos, con sus respuestas como referencia.</translation>
        </message>
        <message>
            <source>New tokens per answer at most. 32–128; longer answers cost more time at each checkpoint.</source>
            <translation>Máximo de tokens nuevos por respuesta. 32–128; las respuestas más largas cuestan más tiempo en cada punto de control.</translation>
        </message>
        <message>
            <source>Answer length:</source>
            <translation>Longitud de respuesta:</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ProbeTimeline</name>
        <message>
            <source>Base model</source>
            <translation>Modelo base</translation>
        </message>
        <message>
            <source>Checkpoint at step %1</source>
            <translation>Punto de control en el paso %1</translation>
        </message>
        <message>
            <source>Final adapter (step %1)</source>
            <translation>Adaptador final (paso %1)</translation>
        </message>
        <message>
            <source>Choose a run under "Runs", or start one: its probe answers appear here.</source>
            <translation>Elija una ejecución en «Ejecuciones» o inicie una: sus respuestas a los prompts de prueba aparecen aquí.</translation>
        </message>
        <message>
            <source>No probe answers in this run yet. They are written when the base model has answered and at every checkpoint (turn them on under "Probe prompts").</source>
            <translation>Aún no hay respuestas a los prompts de prueba en esta ejecución. Se escriben cuando el modelo base ha respondido y en cada punto de control (actívelas en «Prompts de prueba»).</translation>
        </message>
        <message numerus="yes">
            <source>%n prompt(s) answered by %1 model(s); the answers took %2 in all</source>
            <translation>
                <numerusform>%1 modelo(s) respondieron a %n prompt; las respuestas tardaron %2 en total</numerusform>
                <numerusform>%1 modelo(s) respondieron a %n prompts; las respuestas tardaron %2 en total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n prompt(s) answered by %1 model(s); the answers took %2 s in all</source>
            <translation>
                <numerusform>%1 modelo(s) respondieron a %n prompt; las respuestas tardaron %2 s en total</numerusform>
                <numerusform>%1 modelo(s) respondieron a %n prompts; las respuestas tardaron %2 s en total</numerusform>
            </translation>
        </message>
        <message>
            <source> (%1 % of the run's %2).</source>
            <translation> (%1 % de los %2 de la ejecución).</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <source>(no answer: the model ended at once)</source>
            <translation>(sin respuesta: el modelo terminó de inmediato)</translation>
        </message>
        <message>
            <source>Reference answer (from the dataset)</source>
            <translation>Respuesta de referencia (del conjunto de datos)</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::QualityPanel</name>
        <message>
            <source>Exact duplicates</source>
            <translation>Duplicados exactos</translation>
        </message>
        <message>
            <source>Near duplicates</source>
            <translation>Casi duplicados</translation>
        </message>
        <message>
            <source>Empty field</source>
            <translation>Campo vacío</translation>
        </message>
        <message>
            <source>Longer than max length</source>
            <translation>Más largo que la longitud máxima</translation>
        </message>
        <message>
            <source>Very short</source>
            <translation>Muy corto</translation>
        </message>
        <message>
            <source>Train/eval overlap</source>
            <translation>Solapamiento entrenamiento/evaluación</translation>
        </message>
        <message>
            <source>Invalid text</source>
            <translation>Texto no válido</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Max length</source>
            <translation>Longitud máxima</translation>
        </message>
        <message>
            <source>tokens per row</source>
            <translation>tokens por fila</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>filas</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Hallazgos</translation>
        </message>
        <message>
            <source>Drop exact duplicates</source>
            <translation>Eliminar duplicados exactos</translation>
        </message>
        <message>
            <source>Drop empty rows</source>
            <translation>Eliminar filas vacías</translation>
        </message>
        <message>
            <source>Trim whitespace</source>
            <translation>Recortar espacios</translation>
        </message>
        <message>
            <source>What the model sees</source>
            <translation>Lo que ve el modelo</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Roles:</translation>
        </message>
        <message>
            <source>Q: {question}\nA: {answer}</source>
            <translation>P: {question}\nR: {answer}</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Plantilla:</translation>
        </message>
        <message>
            <source>Answers only</source>
            <translation>Solo respuestas</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>cut the end</source>
            <translation>cortar el final</translation>
        </message>
        <message>
            <source>cut the start</source>
            <translation>cortar el inicio</translation>
        </message>
        <message>
            <source>Max length:</source>
            <translation>Longitud máxima:</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>semilla</translation>
        </message>
        <message>
            <source>Eval split:</source>
            <translation>División de evaluación:</translation>
        </message>
        <message>
            <source>No tokenizer: choose a model on the Model page to count tokens.</source>
            <translation>Sin tokenizador: elija un modelo en la página Modelo para contar tokens.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 rows&lt;/b&gt;, %2 tokens · mean %3 · p50 %4 · p90 %5 · p99 %6 · max %7</source>
            <translation>&lt;b&gt;%1 filas&lt;/b&gt;, %2 tokens · media %3 · p50 %4 · p90 %5 · p99 %6 · máx %7</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cut at max length %1</source>
            <translation>
                <numerusform>%n fila cortada en la longitud máxima %1</numerusform>
                <numerusform>%n filas cortadas en la longitud máxima %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n multi-turn</source>
            <translation>
                <numerusform> · %n de varios turnos</numerusform>
                <numerusform> · %n de varios turnos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) could not be rendered: %1</source>
            <translation>
                <numerusform>%n fila no se pudo representar: %1</numerusform>
                <numerusform>%n filas no se pudieron representar: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n row(s): %2</source>
            <translation>
                <numerusform>%1 — %n fila: %2</numerusform>
                <numerusform>%1 — %n filas: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>No findings.</source>
            <translation>Sin hallazgos.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::RunClock</name>
        <message>
            <source>%1 elapsed; loading the model and the data…</source>
            <translation>%1 transcurrido; cargando el modelo y los datos…</translation>
        </message>
        <message>
            <source>%1 elapsed, about %2 left (paused)</source>
            <translation>%1 transcurrido, quedan unos %2 (en pausa)</translation>
        </message>
        <message>
            <source>%1 elapsed, about %2 left</source>
            <translation>%1 transcurrido, quedan unos %2</translation>
        </message>
        <message>
            <source>%1 elapsed; estimating the time left…</source>
            <translation>%1 transcurrido; estimando el tiempo restante…</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::RunHistoryPanel</name>
        <message>
            <source>Overlay</source>
            <translation>Superponer</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ejecución</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Last loss</source>
            <translation>Última pérdida</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Settings side by side</source>
            <translation>Ajustes lado a lado</translation>
        </message>
        <message>
            <source>Compare the settings of the selected runs</source>
            <translation>Comparar los ajustes de las ejecuciones seleccionadas</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>terminado</translation>
        </message>
        <message>
            <source>can resume</source>
            <translation>se puede reanudar</translation>
        </message>
        <message>
            <source>training</source>
            <translation>entrenando</translation>
        </message>
        <message>
            <source>can restart</source>
            <translation>puede reiniciarse</translation>
        </message>
        <message>
            <source>Save as bundle…</source>
            <translation>Guardar como paquete…</translation>
        </message>
        <message>
            <source>Save the selected finished run as one file: its settings, loss curve, dataset hash, adapter, probe answers, Compare votes, and the versions and machine it trained on</source>
            <translation>Guardar la ejecución terminada seleccionada en un solo archivo: sus ajustes, la curva de pérdida, el hash del conjunto de datos, el adaptador, las respuestas a los prompts de prueba, los votos de Comparar y las versiones y la máquina en que se entrenó</translation>
        </message>
        <message>
            <source>with examples</source>
            <translation>con ejemplos</translation>
        </message>
        <message>
            <source>Also put in every training example as the model saw it (needs the run's model and dataset on this computer; makes the file larger)</source>
            <translation>Incluir también cada ejemplo de entrenamiento tal como lo vio el modelo (necesita el modelo y el conjunto de datos de la ejecución en este ordenador; hace el archivo más grande)</translation>
        </message>
        <message>
            <source>Open bundle…</source>
            <translation>Abrir paquete…</translation>
        </message>
        <message>
            <source>Show a run someone saved as a bundle, read-only, beside your own runs</source>
            <translation>Mostrar una ejecución que alguien guardó como paquete, de solo lectura, junto a sus propias ejecuciones</translation>
        </message>
        <message>
            <source>%1
Opened from a run bundle saved %2 with Falconry %3; trained on %4 (%5). Read-only.</source>
            <translation>%1
Abierta desde un paquete de ejecución guardado el %2 con Falconry %3; entrenada en %4 (%5). Solo lectura.</translation>
        </message>
        <message>
            <source>imported, read-only</source>
            <translation>importada, solo lectura</translation>
        </message>
        <message>
            <source>Only a finished run can be saved as a bundle: resume it to the end first</source>
            <translation>Solo una ejecución terminada se puede guardar como paquete: reanúdela primero hasta el final</translation>
        </message>
        <message>
            <source>Run bundle</source>
            <translation>Paquete de ejecución</translation>
        </message>
        <message>
            <source>Saving %1…</source>
            <translation>Guardando %1…</translation>
        </message>
        <message>
            <source>Saved %1 (%2)</source>
            <translation>%1 guardado (%2)</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No se guardó: %1</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Abriendo %1…</translation>
        </message>
        <message>
            <source>Not opened: %1</source>
            <translation>No se abrió: %1</translation>
        </message>
        <message>
            <source>Opened %1 (read-only)</source>
            <translation>%1 abierto (solo lectura)</translation>
        </message>
        <message>
            <source>Save run as bundle</source>
            <translation>Guardar la ejecución como paquete</translation>
        </message>
        <message>
            <source>Falconry run bundles (*.falconry-run)</source>
            <translation>Paquetes de ejecución de Falconry (*.falconry-run)</translation>
        </message>
        <message>
            <source>Open a run bundle</source>
            <translation>Abrir un paquete de ejecución</translation>
        </message>
        <message>
            <source>Falconry run bundles (*.falconry-run);;All files (*)</source>
            <translation>Paquetes de ejecución de Falconry (*.falconry-run);;Todos los archivos (*)</translation>
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
            <translation>GPU CUDA</translation>
        </message>
        <message>
            <source>CUDA: one GPU per process, the process's local rank picks it</source>
            <translation>CUDA: una GPU por proceso, elegida según el rango local del proceso</translation>
        </message>
        <message>
            <source>Run on</source>
            <translation>Ejecutar en</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Este equipo</translation>
        </message>
        <message>
            <source>Train inside Falconry, in one process (pause and resume work at once)</source>
            <translation>Entrenar dentro de Falconry, en un solo proceso (pausa y reanudación inmediatas)</translation>
        </message>
        <message>
            <source>Local processes</source>
            <translation>Procesos locales</translation>
        </message>
        <message>
            <source>Start falconry-cli with several data-parallel processes on this machine</source>
            <translation>Iniciar falconry-cli con varios procesos con paralelismo de datos en este equipo</translation>
        </message>
        <message>
            <source>Processes:</source>
            <translation>Procesos:</translation>
        </message>
        <message>
            <source>Device:</source>
            <translation>Dispositivo:</translation>
        </message>
        <message>
            <source>Cluster: export a launch script</source>
            <translation>Clúster: exportar un script de lanzamiento</translation>
        </message>
        <message>
            <source>Nothing runs here: write the run's settings and a torchrun or Slurm script to start it on a cluster</source>
            <translation>Aquí no se ejecuta nada: escribir los ajustes de la ejecución y un script de torchrun o Slurm para iniciarla en un clúster</translation>
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
            <translation>Lanzador:</translation>
        </message>
        <message>
            <source>Nodes:</source>
            <translation>Nodos:</translation>
        </message>
        <message>
            <source>Usually the number of GPUs of each node</source>
            <translation>Normalmente, el número de GPU de cada nodo</translation>
        </message>
        <message>
            <source>Processes per node:</source>
            <translation>Procesos por nodo:</translation>
        </message>
        <message>
            <source>the cluster's default</source>
            <translation>valor predeterminado del clúster</translation>
        </message>
        <message>
            <source>Partition:</source>
            <translation>Partición:</translation>
        </message>
        <message>
            <source>Slurm's --time: HH:MM:SS or D-HH:MM:SS</source>
            <translation>--time de Slurm: HH:MM:SS o D-HH:MM:SS</translation>
        </message>
        <message>
            <source>Time limit:</source>
            <translation>Límite de tiempo:</translation>
        </message>
        <message>
            <source>Export launch script…</source>
            <translation>Exportar script de lanzamiento…</translation>
        </message>
        <message>
            <source>Write the run's settings and the launch script to a folder of your choice</source>
            <translation>Escribir los ajustes de la ejecución y el script de lanzamiento en la carpeta que elija</translation>
        </message>
        <message>
            <source>The model and dataset paths must be valid on the nodes, and falconry-cli must be on their PATH; edit the .settings.json written beside the script if not.</source>
            <translation>Las rutas del modelo y del conjunto de datos deben ser válidas en los nodos, y falconry-cli debe estar en su PATH; si no, edite el .settings.json escrito junto al script.</translation>
        </message>
        <message numerus="yes">
            <source>Each process trains on its share of every batch with %n thread(s) (%1 cores / %2). This pays off on machines with several GPUs or CPU sockets more than on a laptop.</source>
            <translation>
                <numerusform>Cada proceso entrena con su parte de cada lote usando %n hilo (%1 núcleos / %2). Compensa más en máquinas con varias GPU o zócalos de CPU que en un portátil.</numerusform>
                <numerusform>Cada proceso entrena con su parte de cada lote usando %n hilos (%1 núcleos / %2). Compensa más en máquinas con varias GPU o zócalos de CPU que en un portátil.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::StrategyCheckDialog</name>
        <message>
            <source>Base model</source>
            <translation>Modelo base</translation>
        </message>
        <message>
            <source>Base + knowledge base</source>
            <translation>Modelo base + base de conocimiento</translation>
        </message>
        <message>
            <source>Tuned model</source>
            <translation>Modelo ajustado</translation>
        </message>
        <message>
            <source>Tuned + knowledge base</source>
            <translation>Modelo ajustado + base de conocimiento</translation>
        </message>
        <message>
            <source>Strategy check</source>
            <translation>Comprobación de estrategias</translation>
        </message>
        <message>
            <source>Which strategy knows your facts? Write questions and the fact a right answer must contain (a number, a name, a short phrase). Falconry asks the base model and the tuned model, each with and without the knowledge base, and counts the answers that contain the fact.</source>
            <translation>¿Qué estrategia conoce sus hechos? Escriba preguntas y el hecho que debe contener una respuesta correcta (un número, un nombre, una frase corta). Falconry pregunta al modelo base y al modelo ajustado, cada uno con y sin la base de conocimiento, y cuenta las respuestas que contienen el hecho.</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Fact the answer must contain</source>
            <translation>Hecho que debe contener la respuesta</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Añadir pregunta</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Load CSV…</source>
            <translation>Cargar CSV…</translation>
        </message>
        <message>
            <source>A CSV file with a 'question' and a 'fact' column</source>
            <translation>Un archivo CSV con una columna 'question' y una columna 'fact'</translation>
        </message>
        <message>
            <source>Demo questions</source>
            <translation>Preguntas de demostración</translation>
        </message>
        <message>
            <source>The 42 questions about the Aerie feeder's manual</source>
            <translation>Las 42 preguntas sobre el manual del comedero Aerie</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>With the knowledge base</source>
            <translation>Con la base de conocimiento</translation>
        </message>
        <message>
            <source>Adapter…</source>
            <translation>Adaptador…</translation>
        </message>
        <message>
            <source>The adapter folder the tuned model uses</source>
            <translation>La carpeta de adaptador que usa el modelo ajustado</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> tokens</translation>
        </message>
        <message>
            <source>The longest answer; a fact is short, and shorter answers make the check faster</source>
            <translation>La respuesta más larga; un hecho es corto y las respuestas más cortas aceleran la comprobación</translation>
        </message>
        <message>
            <source>Answers up to</source>
            <translation>Respuestas de hasta</translation>
        </message>
        <message>
            <source>Run the check</source>
            <translation>Ejecutar la comprobación</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop; the answers finished so far are counted</source>
            <translation>Detener; se cuentan las respuestas terminadas hasta ahora</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Estrategia</translation>
        </message>
        <message>
            <source>Answers with the fact</source>
            <translation>Respuestas con el hecho</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <source>Fact</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>These questions cannot be read: %1</source>
            <translation>Estas preguntas no se pueden leer: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) from %1.</source>
            <translation>
                <numerusform>%n pregunta de %1.</numerusform>
                <numerusform>%n preguntas de %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>No adapter: train one or choose a folder</source>
            <translation>Sin adaptador: entrene uno o elija una carpeta</translation>
        </message>
        <message>
            <source>Adapter: %1</source>
            <translation>Adaptador: %1</translation>
        </message>
        <message>
            <source>Choose a model on the Model page first.</source>
            <translation>Elija primero un modelo en la página Modelo.</translation>
        </message>
        <message>
            <source>Add questions with their facts, or load them from a CSV file.</source>
            <translation>Añada preguntas con sus hechos o cárguelas desde un archivo CSV.</translation>
        </message>
        <message numerus="yes">
            <source>Asking %1 (%n question(s) each)…</source>
            <translation>
                <numerusform>Preguntando a %1 (%n pregunta cada uno)…</numerusform>
                <numerusform>Preguntando a %1 (%n preguntas cada uno)…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled before any answer was finished.</source>
            <translation>Cancelado antes de terminar ninguna respuesta.</translation>
        </message>
        <message>
            <source>Cancelled: the counts are of the answers finished before.</source>
            <translation>Cancelado: los recuentos son de las respuestas terminadas antes.</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>Fact: %1</source>
            <translation>Hecho: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n passage(s), fact %1 them</source>
            <translation>
                <numerusform>%n pasaje, hecho %1</numerusform>
                <numerusform>%n pasajes, hecho %1</numerusform>
            </translation>
        </message>
        <message>
            <source>in</source>
            <translation>presente</translation>
        </message>
        <message>
            <source>not in</source>
            <translation>ausente</translation>
        </message>
        <message>
            <source>The answer contains the fact</source>
            <translation>La respuesta contiene el hecho</translation>
        </message>
        <message>
            <source>The answer does not contain the fact</source>
            <translation>La respuesta no contiene el hecho</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s).</source>
            <translation>
                <numerusform>%n pregunta.</numerusform>
                <numerusform>%n preguntas.</numerusform>
            </translation>
        </message>
        <message>
            <source>The retrieved passages held the fact for %1 of them: what the model could quote.</source>
            <translation>Los pasajes recuperados contenían el hecho en %1 de ellas: lo que el modelo podía citar.</translation>
        </message>
        <message>
            <source>The answers quote few of those facts: this model does not read passages well. A larger or instruction-tuned model, or tuning it on answers written from passages, is the next step.</source>
            <translation>Las respuestas citan pocos de esos hechos: este modelo no lee bien los pasajes. El siguiente paso es un modelo más grande o ajustado para instrucciones, o ajustarlo con respuestas escritas a partir de pasajes.</translation>
        </message>
        <message>
            <source>No tuned answers: choose an adapter to compare fine-tuning too.</source>
            <translation>No hay respuestas del modelo ajustado: elija un adaptador para comparar también el ajuste fino.</translation>
        </message>
        <message>
            <source>Questions with facts</source>
            <translation>Preguntas con hechos</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Adapter folder (with adapter_config.json)</source>
            <translation>Carpeta de adaptador (con adapter_config.json)</translation>
        </message>
        <message>
            <source>%1 holds no adapter_config.json: not a PEFT adapter folder.</source>
            <translation>%1 no contiene adapter_config.json: no es una carpeta de adaptador PEFT.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::StrategyGuide</name>
        <message>
            <source>&lt;b&gt;What should the model learn: how to talk, or what to know?&lt;/b&gt; Many uses want both; Compare shows base and tuned, each with or without the knowledge base, side by side.</source>
            <translation>&lt;b&gt;¿Qué debe aprender el modelo: cómo hablar o qué saber?&lt;/b&gt; Muchos usos necesitan ambas cosas; Comparar muestra el modelo base y el ajustado, cada uno con o sin la base de conocimiento, lado a lado.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Hide this guide (the Knowledge and Data steps stay in the list on the left)</source>
            <translation>Ocultar esta guía (los pasos Conocimiento y Datos siguen en la lista de la izquierda)</translation>
        </message>
        <message>
            <source>&lt;b&gt;How to talk&lt;/b&gt;: a tone, a persona, a format, the way your team answers. Show it examples and &lt;i&gt;fine-tune&lt;/i&gt; it: the behaviour becomes part of the model.</source>
            <translation>&lt;b&gt;Cómo hablar&lt;/b&gt;: un tono, un personaje, un formato, la forma en que responde su equipo. Muéstrele ejemplos y &lt;i&gt;ajústelo&lt;/i&gt;: el comportamiento pasa a formar parte del modelo.</translation>
        </message>
        <message>
            <source>&lt;b&gt;What to know&lt;/b&gt;: facts that must be exact and current, such as a manual, prices or policies. Give it a &lt;i&gt;knowledge base&lt;/i&gt;: it looks the facts up and cites them, and a changed document is simply imported again.</source>
            <translation>&lt;b&gt;Qué saber&lt;/b&gt;: hechos que deben ser exactos y actuales, como un manual, precios o políticas. Dele una &lt;i&gt;base de conocimiento&lt;/i&gt;: busca los hechos y los cita, y un documento modificado simplemente se vuelve a importar.</translation>
        </message>
        <message>
            <source>Teach it how to talk: Data</source>
            <translation>Enseñarle a hablar: Datos</translation>
        </message>
        <message>
            <source>Give it facts: Knowledge</source>
            <translation>Darle hechos: Conocimiento</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TokenView</name>
        <message>
            <source> ✂ cut at max length </source>
            <translation> ✂ cortado en la longitud máxima </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainLauncher</name>
        <message>
            <source>Training finished.</source>
            <translation>Entrenamiento terminado.</translation>
        </message>
        <message>
            <source>Training stopped; the last checkpoint can be resumed.</source>
            <translation>Entrenamiento detenido; se puede reanudar desde el último punto de control.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Cannot create the run folder %1.</source>
            <translation>No se puede crear la carpeta de la ejecución %1.</translation>
        </message>
        <message>
            <source>Cannot start the local processes: %1</source>
            <translation>No se pueden iniciar los procesos locales: %1</translation>
        </message>
        <message numerus="yes">
            <source>Starting %n local process(es); progress is read from the run's metrics.jsonl.</source>
            <translation>
                <numerusform>Iniciando %n proceso local; el progreso se lee del metrics.jsonl de la ejecución.</numerusform>
                <numerusform>Iniciando %n procesos locales; el progreso se lee del metrics.jsonl de la ejecución.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopping the local processes now…</source>
            <translation>Deteniendo ya los procesos locales…</translation>
        </message>
        <message>
            <source>Stopping after the current step (every process writes its part of the checkpoint)…</source>
            <translation>Deteniendo tras el paso actual (cada proceso escribe su parte del punto de control)…</translation>
        </message>
        <message>
            <source>Stopping after the current step…</source>
            <translation>Deteniendo tras el paso actual…</translation>
        </message>
        <message>
            <source>The launch script could not be written: %1</source>
            <translation>No se pudo escribir el script de lanzamiento: %1</translation>
        </message>
        <message>
            <source>submit it with: sbatch %1</source>
            <translation>envíelo con: sbatch %1</translation>
        </message>
        <message>
            <source>run it on every node (NODE_RANK=0 on the head node, HEAD_NODE=&lt;its address&gt; NODE_RANK=i on the others)</source>
            <translation>ejecútelo en cada nodo (NODE_RANK=0 en el nodo principal, HEAD_NODE=&lt;su dirección&gt; NODE_RANK=i en los demás)</translation>
        </message>
        <message>
            <source>Wrote the launch script %1 and the run's settings %2. Copy both to the cluster and, in their folder, %3. The run folder will be runs/%4 there.</source>
            <translation>Se escribieron el script de lanzamiento %1 y los ajustes de la ejecución %2. Copie ambos al clúster y, en su carpeta, %3. Allí, la carpeta de la ejecución será runs/%4.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainPage</name>
        <message>
            <source>Dataset:</source>
            <translation>Conjunto de datos:</translation>
        </message>
        <message>
            <source>A JSONL ({"prompt", "completion"} or {"text"}) or CSV file, or the Data step's dataset</source>
            <translation>Un archivo JSONL ({"prompt", "completion"} o {"text"}) o CSV, o el conjunto de datos del paso Datos</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
        <message>
            <source>Start a new run (Ctrl+Enter)</source>
            <translation>Iniciar una nueva ejecución (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop after the current step; the last checkpoint stays usable</source>
            <translation>Detener tras el paso actual; el último punto de control sigue siendo utilizable</translation>
        </message>
        <message>
            <source>Resume selected run</source>
            <translation>Reanudar la ejecución seleccionada</translation>
        </message>
        <message>
            <source>Continue the run selected under "Runs" from its last checkpoint (also after a crash)</source>
            <translation>Continuar la ejecución seleccionada en «Ejecuciones» desde su último punto de control (también tras un fallo)</translation>
        </message>
        <message>
            <source>Smoothing:</source>
            <translation>Suavizado:</translation>
        </message>
        <message>
            <source>Exponential moving average of the train loss: 0 = raw, 0.99 = very smooth</source>
            <translation>Media móvil exponencial de la pérdida de entrenamiento: 0 = bruta, 0,99 = muy suave</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Ejecuciones</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Model: none chosen yet — pick one in the Model step.</source>
            <translation>Modelo: ninguno elegido; elija uno en el paso Modelo.</translation>
        </message>
        <message>
            <source>Model: %1  (%2)</source>
            <translation>Modelo: %1  (%2)</translation>
        </message>
        <message>
            <source>Choose a dataset</source>
            <translation>Elegir un conjunto de datos</translation>
        </message>
        <message>
            <source>Datasets (*.jsonl *.json *.csv *.tsv);;All files (*)</source>
            <translation>Conjuntos de datos (*.jsonl *.json *.csv *.tsv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Choose a model in the Model step first.</source>
            <translation>Elija primero un modelo en el paso Modelo.</translation>
        </message>
        <message>
            <source>Choose a dataset file first.</source>
            <translation>Elija primero un archivo de datos.</translation>
        </message>
        <message>
            <source>Starting a run in %1</source>
            <translation>Iniciando una ejecución en %1</translation>
        </message>
        <message>
            <source>Paused.</source>
            <translation>En pausa.</translation>
        </message>
        <message>
            <source>Resumed.</source>
            <translation>Reanudado.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>"Run on" is set to a cluster: export a launch script, or choose this computer to train here.</source>
            <translation>«Ejecutar en» está configurado en un clúster: exporte un script de lanzamiento o elija «Este equipo» para entrenar aquí.</translation>
        </message>
        <message>
            <source>Training failed</source>
            <translation>El entrenamiento falló</translation>
        </message>
        <message>
            <source>The last lines falconry-cli wrote are below and in the log.</source>
            <translation>Las últimas líneas que escribió falconry-cli aparecen abajo y en el registro.</translation>
        </message>
        <message>
            <source>Export launch script</source>
            <translation>Exportar el script de lanzamiento</translation>
        </message>
        <message>
            <source>Slurm batch scripts (*.sbatch *.sh);;All files (*)</source>
            <translation>Scripts por lotes de Slurm (*.sbatch *.sh);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Shell scripts (*.sh);;All files (*)</source>
            <translation>Scripts de shell (*.sh);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>"Run on" is set to a cluster: use "Export launch script…" below</source>
            <translation>«Ejecutar en» está configurado en un clúster: use «Exportar script de lanzamiento…» más abajo</translation>
        </message>
        <message>
            <source>This run may not fit in memory</source>
            <translation>Es posible que esta ejecución no quepa en la memoria</translation>
        </message>
        <message>
            <source>Not started: change the settings and press Start again.</source>
            <translation>No iniciado: cambie los ajustes y pulse Iniciar de nuevo.</translation>
        </message>
        <message>
            <source>%1: %2 %3</source>
            <translation>%1: %2 %3</translation>
        </message>
        <message>
            <source>Your edits on the Data page could not be saved, so training did not start: %1</source>
            <translation>Sus cambios en la página Datos no se pudieron guardar, así que el entrenamiento no empezó: %1</translation>
        </message>
        <message>
            <source>%1 has finished; there is nothing to resume.</source>
            <translation>%1 ha terminado; no hay nada que reanudar.</translation>
        </message>
        <message>
            <source>Resuming with the learning rate %1 (the run used %2).</source>
            <translation>Reanudando con la tasa de aprendizaje %1 (el entrenamiento usaba %2).</translation>
        </message>
        <message>
            <source>Resuming %1 from its last checkpoint (from the start when it has none)</source>
            <translation>Reanudando %1 desde su último punto de control (desde el principio si no tiene)</translation>
        </message>
        <message>
            <source>Probes</source>
            <translation>Prompts de prueba</translation>
        </message>
        <message>
            <source>Adapter map…</source>
            <translation>Mapa del adaptador…</translation>
        </message>
        <message>
            <source>Which layers the selected run's adapter changed, and how much (its final adapter, or its newest checkpoint while it trains)</source>
            <translation>Qué capas cambió el adaptador de la ejecución seleccionada y cuánto (su adaptador final o, mientras entrena, su punto de control más reciente)</translation>
        </message>
        <message>
            <source>Checking the data as the run will see it…</source>
            <translation>Comprobando los datos tal como los verá la ejecución…</translation>
        </message>
        <message>
            <source>Not started: no token of any example would be in the loss. See the finding below for what to change.</source>
            <translation>No se inició: ningún token de ningún ejemplo entraría en la pérdida. Vea el hallazgo de abajo para saber qué cambiar.</translation>
        </message>
        <message>
            <source>Changed by the triage: %1.</source>
            <translation>Cambiado por el diagnóstico: %1.</translation>
        </message>
        <message>
            <source>Rows cut at the max length</source>
            <translation>Filas cortadas en la longitud máxima</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) are longer than the max length.</source>
            <translation>
                <numerusform>%n fila es más larga que la longitud máxima.</numerusform>
                <numerusform>%n filas son más largas que la longitud máxima.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the dataset on the Data page (Import…) to see them marked as too long.</source>
            <translation>Abra el conjunto de datos en la página Datos (Importar…) para verlas marcadas como demasiado largas.</translation>
        </message>
        <message>
            <source>Row ids: %1</source>
            <translation>Identificadores de fila: %1</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainProgressRow</name>
        <message>
            <source>step %v of %m</source>
            <translation>paso %v de %m</translation>
        </message>
        <message>
            <source>done in %1</source>
            <translation>hecho en %1</translation>
        </message>
        <message>
            <source>ended after %1</source>
            <translation>terminado tras %1</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainSettingsForm</name>
        <message>
            <source>Quick test</source>
            <translation>Prueba rápida</translation>
        </message>
        <message>
            <source>Falcon QLoRA recipe</source>
            <translation>Receta QLoRA de Falcon</translation>
        </message>
        <message>
            <source>Low memory</source>
            <translation>Poca memoria</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Personalizado</translation>
        </message>
        <message>
            <source>Preset:</source>
            <translation>Preajuste:</translation>
        </message>
        <message>
            <source>LoRA adapter</source>
            <translation>Adaptador LoRA</translation>
        </message>
        <message>
            <source>Rank r:</source>
            <translation>Rango r:</translation>
        </message>
        <message>
            <source>Size of the adapter. 8–64; higher learns more and needs more memory.</source>
            <translation>Tamaño del adaptador. 8–64; más alto aprende más y necesita más memoria.</translation>
        </message>
        <message>
            <source>Alpha:</source>
            <translation>Alfa:</translation>
        </message>
        <message>
            <source>Scale of the update is alpha / r. Usually r to 2·r; QLoRA uses 16.</source>
            <translation>La escala de la actualización es alfa / r. Normalmente r a 2·r; QLoRA usa 16.</translation>
        </message>
        <message>
            <source>Dropout:</source>
            <translation>Dropout:</translation>
        </message>
        <message>
            <source>On the adapter only. 0–0.1; 0.1 for small datasets.</source>
            <translation>Solo en el adaptador. 0–0,1; 0,1 para conjuntos pequeños.</translation>
        </message>
        <message>
            <source>Layers:</source>
            <translation>Capas:</translation>
        </message>
        <message>
            <source>Which linear layers get an adapter. All four is the QLoRA recipe; query_key_value alone is cheapest.</source>
            <translation>Qué capas lineales reciben un adaptador. Las cuatro es la receta QLoRA; solo query_key_value es lo más barato.</translation>
        </message>
        <message>
            <source>4-bit NF4 base (QLoRA)</source>
            <translation>Base NF4 de 4 bits (QLoRA)</translation>
        </message>
        <message>
            <source>Quarters the weights' memory; about 20–40 % slower per step.</source>
            <translation>Reduce a la cuarta parte la memoria de los pesos; alrededor de un 20–40 % más lento por paso.</translation>
        </message>
        <message>
            <source>Optimisation</source>
            <translation>Optimización</translation>
        </message>
        <message>
            <source>Learning rate:</source>
            <translation>Tasa de aprendizaje:</translation>
        </message>
        <message>
            <source>1e-4 to 3e-4 for LoRA; lower it if the loss jumps or becomes NaN.</source>
            <translation>1e-4 a 3e-4 para LoRA; bájela si la pérdida salta o se vuelve NaN.</translation>
        </message>
        <message>
            <source>constant</source>
            <translation>constante</translation>
        </message>
        <message>
            <source>linear decay</source>
            <translation>decaimiento lineal</translation>
        </message>
        <message>
            <source>cosine decay</source>
            <translation>decaimiento coseno</translation>
        </message>
        <message>
            <source>Schedule:</source>
            <translation>Programa:</translation>
        </message>
        <message>
            <source>Constant is the QLoRA recipe; cosine often ends a little lower.</source>
            <translation>Constante es la receta QLoRA; coseno suele terminar algo más bajo.</translation>
        </message>
        <message>
            <source>Warmup:</source>
            <translation>Calentamiento:</translation>
        </message>
        <message>
            <source>Fraction of steps with a rising rate. 0.03–0.1.</source>
            <translation>Fracción de pasos con tasa creciente. 0,03–0,1.</translation>
        </message>
        <message>
            <source>Gradient clip:</source>
            <translation>Recorte de gradiente:</translation>
        </message>
        <message>
            <source>Largest gradient norm. 0.3 (QLoRA) to 1.0; 0 turns it off.</source>
            <translation>Norma máxima del gradiente. 0,3 (QLoRA) a 1,0; 0 lo desactiva.</translation>
        </message>
        <message>
            <source>Batches and schedule</source>
            <translation>Lotes y programa</translation>
        </message>
        <message>
            <source>Max length:</source>
            <translation>Longitud máxima:</translation>
        </message>
        <message>
            <source>Batch size:</source>
            <translation>Tamaño de lote:</translation>
        </message>
        <message>
            <source>Examples per step. 1–8 on a CPU; raise the accumulation instead.</source>
            <translation>Ejemplos por paso. 1–8 en una CPU; mejor aumente la acumulación.</translation>
        </message>
        <message>
            <source>Accumulation:</source>
            <translation>Acumulación:</translation>
        </message>
        <message>
            <source>Steps summed before an update: effective batch = batch × this. 4–16.</source>
            <translation>Pasos sumados antes de una actualización: lote efectivo = lote × esto. 4–16.</translation>
        </message>
        <message>
            <source>Epochs:</source>
            <translation>Épocas:</translation>
        </message>
        <message>
            <source>Passes over the data. 1–3; more overfits small datasets.</source>
            <translation>Pasadas por los datos. 1–3; más sobreajusta conjuntos pequeños.</translation>
        </message>
        <message>
            <source>from epochs</source>
            <translation>según épocas</translation>
        </message>
        <message>
            <source>Max steps:</source>
            <translation>Pasos máx.:</translation>
        </message>
        <message>
            <source>Stops after this many updates; overrides epochs when set.</source>
            <translation>Se detiene tras este número de actualizaciones; si se fija, prevalece sobre las épocas.</translation>
        </message>
        <message>
            <source>Eval split:</source>
            <translation>División de evaluación:</translation>
        </message>
        <message>
            <source>Eval every:</source>
            <translation>Evaluar cada:</translation>
        </message>
        <message>
            <source>Steps between eval losses. Each costs a pass over the eval rows.</source>
            <translation>Pasos entre pérdidas de evaluación. Cada una cuesta una pasada por las filas de evaluación.</translation>
        </message>
        <message>
            <source>Checkpoint every:</source>
            <translation>Punto de control cada:</translation>
        </message>
        <message>
            <source>Steps between checkpoints; a crashed run resumes from the last.</source>
            <translation>Pasos entre puntos de control; una ejecución caída se reanuda desde el último.</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Semilla:</translation>
        </message>
        <message>
            <source>Same seed and settings give the same run.</source>
            <translation>La misma semilla y ajustes dan la misma ejecución.</translation>
        </message>
        <message>
            <source>Gradient checkpointing</source>
            <translation>Gradient checkpointing</translation>
        </message>
        <message>
            <source>Recomputes activations in the backward pass: much less memory, about 30 % slower.</source>
            <translation>Recalcula las activaciones en la pasada hacia atrás: mucha menos memoria, alrededor de un 30 % más lento.</translation>
        </message>
        <message>
            <source>Quick test: a short run to check that everything works (200 steps on small models: the demo takes a few minutes on a fast computer, 10 or more on a slow or busy one; 30 steps on models of a billion parameters or more). Falcon QLoRA recipe: the settings of the QLoRA paper for Falcon. Low memory: the smallest footprint.</source>
            <translation>Prueba rápida: una ejecución corta para comprobar que todo funciona (200 pasos en modelos pequeños: la demostración tarda unos minutos en un ordenador rápido y 10 o más en uno lento u ocupado; 30 pasos en modelos de mil millones de parámetros o más). Receta QLoRA de Falcon: los ajustes del artículo de QLoRA para Falcon. Poca memoria: el menor consumo.</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>Early stopping:</source>
            <translation>Parada temprana:</translation>
        </message>
        <message>
            <source>Stops the run when the eval loss has not improved for this many evals in a row (needs an eval split); the adapter is saved as usual. 3–5 against overfitting; off trains to the end.</source>
            <translation>Detiene la ejecución cuando la pérdida de evaluación no ha mejorado durante este número de evaluaciones seguidas (necesita una parte de evaluación); el adaptador se guarda como siempre. 3–5 contra el sobreajuste; desactivado entrena hasta el final.</translation>
        </message>
        <message>
            <source>Improvement needed:</source>
            <translation>Mejora necesaria:</translation>
        </message>
        <message>
            <source>An eval loss counts as better only when it is lower than the best so far by more than this. 0–0.01.</source>
            <translation>Una pérdida de evaluación cuenta como mejor solo si es menor que la mejor hasta ahora en más que este valor. 0–0,01.</translation>
        </message>
        <message>
            <source>Tokens per example; longer rows are cut. 256–1024; memory grows with it. The same value as on the Data page.</source>
            <translation>Tokens por ejemplo; las filas más largas se cortan. 256–1024; la memoria crece con él. El mismo valor que en la página Datos.</translation>
        </message>
        <message>
            <source>Share of rows held out for the eval loss. 0.02–0.1. The same split as on the Data page.</source>
            <translation>Proporción de filas reservadas para la pérdida de evaluación. 0,02–0,1. La misma división que en la página Datos.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TriagePanel</name>
        <message>
            <source>This run may not fit in memory</source>
            <translation>Es posible que esta ejecución no quepa en la memoria</translation>
        </message>
        <message>
            <source>The run ran out of memory</source>
            <translation>La ejecución se quedó sin memoria</translation>
        </message>
        <message>
            <source>The loss became NaN</source>
            <translation>La pérdida se volvió NaN</translation>
        </message>
        <message>
            <source>The loss is exploding</source>
            <translation>La pérdida se dispara</translation>
        </message>
        <message>
            <source>The loss is flat</source>
            <translation>La pérdida no baja</translation>
        </message>
        <message>
            <source>The model is overfitting</source>
            <translation>El modelo se sobreajusta</translation>
        </message>
        <message>
            <source>Many rows are cut at the max length</source>
            <translation>Muchas filas se cortan en la longitud máxima</translation>
        </message>
        <message>
            <source>Nothing to train on</source>
            <translation>Nada con qué entrenar</translation>
        </message>
        <message>
            <source>The loss includes the prompts</source>
            <translation>La pérdida incluye los prompts</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>El disco está lleno</translation>
        </message>
        <message>
            <source>The model folder is incomplete</source>
            <translation>La carpeta del modelo está incompleta</translation>
        </message>
        <message>
            <source>With these settings the run needs about %1 of memory, but %2 is free.</source>
            <translation>Con estos ajustes la ejecución necesita unos %1 de memoria, pero solo hay %2 libres.</translation>
        </message>
        <message>
            <source>It would swap until the computer crawls, or be stopped by the system.</source>
            <translation>El sistema usaría la memoria de intercambio hasta que el ordenador apenas respondiera, o la detendría.</translation>
        </message>
        <message>
            <source>Choose one of the changes below; each says what the run would need then.</source>
            <translation>Elija uno de los cambios de abajo; cada uno indica lo que necesitaría entonces la ejecución.</translation>
        </message>
        <message>
            <source>Step %1 needed more memory than was free.</source>
            <translation>El paso %1 necesitó más memoria de la que había libre.</translation>
        </message>
        <message>
            <source>The run needed more memory than was free.</source>
            <translation>La ejecución necesitó más memoria de la que había libre.</translation>
        </message>
        <message>
            <source>The model, its activations and the optimizer state did not fit, so the run stopped.</source>
            <translation>El modelo, sus activaciones y el estado del optimizador no cabían, así que la ejecución se detuvo.</translation>
        </message>
        <message>
            <source>Make the run smaller with one of the changes below, then start again.</source>
            <translation>Reduzca la ejecución con uno de los cambios de abajo y vuelva a iniciarla.</translation>
        </message>
        <message>
            <source>At step %1 the gradients were no longer numbers (NaN or infinite).</source>
            <translation>En el paso %1 los gradientes dejaron de ser números (NaN o infinitos).</translation>
        </message>
        <message>
            <source>At step %1 the loss was no longer a number (NaN or infinite).</source>
            <translation>En el paso %1 la pérdida dejó de ser un número (NaN o infinita).</translation>
        </message>
        <message>
            <source>From there the model can learn nothing; that update was not applied.</source>
            <translation>A partir de ahí el modelo no puede aprender nada; esa actualización no se aplicó.</translation>
        </message>
        <message>
            <source>Lower the learning rate (%1 now) and start again, or resume the last good checkpoint.</source>
            <translation>Baje la tasa de aprendizaje (ahora %1) y vuelva a empezar, o reanude desde el último punto de control bueno.</translation>
        </message>
        <message>
            <source>The training loss rose from %1 to %2 instead of falling.</source>
            <translation>La pérdida de entrenamiento subió de %1 a %2 en lugar de bajar.</translation>
        </message>
        <message>
            <source>The steps are too large: the model gets worse with each one and forgets what it knew.</source>
            <translation>Los pasos son demasiado grandes: el modelo empeora con cada uno y olvida lo que sabía.</translation>
        </message>
        <message>
            <source>Lower the learning rate (%1 now); the best checkpoint is kept for a resume.</source>
            <translation>Baje la tasa de aprendizaje (ahora %1); el mejor punto de control se conserva para reanudar.</translation>
        </message>
        <message>
            <source>Raise the learning rate, or check that the answers teach something new.</source>
            <translation>Suba la tasa de aprendizaje o compruebe que las respuestas enseñan algo nuevo.</translation>
        </message>
        <message>
            <source>No token is in the loss: check which column holds the answer on the Data page.</source>
            <translation>Ningún token entra en la pérdida: compruebe en la página Datos qué columna contiene la respuesta.</translation>
        </message>
        <message>
            <source>The learning rate %1 is far too low for this kind of training.</source>
            <translation>La tasa de aprendizaje %1 es demasiado baja para este tipo de entrenamiento.</translation>
        </message>
        <message>
            <source>Over %1 steps the loss stayed near %2 (it fell %3%).</source>
            <translation>Durante %1 pasos la pérdida se mantuvo cerca de %2 (bajó un %3 %).</translation>
        </message>
        <message>
            <source>The model is not learning from these examples: the run costs time and changes nothing.</source>
            <translation>El modelo no aprende de estos ejemplos: la ejecución cuesta tiempo y no cambia nada.</translation>
        </message>
        <message>
            <source>The eval loss rose from %1 (step %2) to %3 while the training loss kept falling.</source>
            <translation>La pérdida de evaluación subió de %1 (paso %2) a %3 mientras la pérdida de entrenamiento seguía bajando.</translation>
        </message>
        <message>
            <source>The model is memorising the training rows instead of learning what carries over to new questions.</source>
            <translation>El modelo memoriza las filas de entrenamiento en lugar de aprender lo que sirve para preguntas nuevas.</translation>
        </message>
        <message>
            <source>Train fewer epochs, turn on early stopping, or add more (and more varied) examples.</source>
            <translation>Entrene menos épocas, active la parada temprana o añada más ejemplos (y más variados).</translation>
        </message>
        <message>
            <source>%1 of %2 examples are longer than the max length (%3 tokens) and are cut.</source>
            <translation>%1 de %2 ejemplos superan la longitud máxima (%3 tokens) y se cortan.</translation>
        </message>
        <message>
            <source>The cut part is never learned: often the end of the answer, so the model learns to stop mid-sentence.</source>
            <translation>La parte cortada nunca se aprende: a menudo es el final de la respuesta, así que el modelo aprende a detenerse a mitad de frase.</translation>
        </message>
        <message>
            <source>Raise the max length (95% of the examples fit in %1 tokens), or look at the cut rows.</source>
            <translation>Suba la longitud máxima (el 95 % de los ejemplos caben en %1 tokens) o mire las filas cortadas.</translation>
        </message>
        <message>
            <source>No token of any example is in the loss.</source>
            <translation>Ningún token de ningún ejemplo entra en la pérdida.</translation>
        </message>
        <message>
            <source>%1 of %2 examples have no answer token left in the loss.</source>
            <translation>A %1 de %2 ejemplos no les queda ningún token de respuesta en la pérdida.</translation>
        </message>
        <message>
            <source>The model learns only from the answer tokens; without them a step costs time and teaches nothing.</source>
            <translation>El modelo solo aprende de los tokens de respuesta; sin ellos un paso cuesta tiempo y no enseña nada.</translation>
        </message>
        <message>
            <source>Map a column to the answer on the Data page, or raise the max length so the answers are not cut away.</source>
            <translation>Asigne una columna a la respuesta en la página Datos o suba la longitud máxima para que las respuestas no se corten.</translation>
        </message>
        <message>
            <source>Training is set to learn the whole text, the prompts too.</source>
            <translation>El entrenamiento está configurado para aprender todo el texto, también los prompts.</translation>
        </message>
        <message>
            <source>The model learns to write questions like the dataset's as much as to answer them.</source>
            <translation>El modelo aprende tanto a escribir preguntas como las del conjunto de datos como a responderlas.</translation>
        </message>
        <message>
            <source>Train on the answers only, unless the rows are plain text.</source>
            <translation>Entrene solo con las respuestas, salvo que las filas sean texto plano.</translation>
        </message>
        <message>
            <source>%1 could not be written: the disk has no space left.</source>
            <translation>No se pudo escribir %1: no queda espacio en el disco.</translation>
        </message>
        <message>
            <source>Checkpoints and the adapter cannot be saved; nothing saved before was replaced.</source>
            <translation>No se pueden guardar los puntos de control ni el adaptador; no se reemplazó nada de lo guardado antes.</translation>
        </message>
        <message>
            <source>Free space on that disk (old runs and their checkpoints are the largest), then resume the run.</source>
            <translation>Libere espacio en ese disco (las ejecuciones antiguas y sus puntos de control son lo que más ocupa) y luego reanude la ejecución.</translation>
        </message>
        <message>
            <source>%1 is missing from %2.</source>
            <translation>Falta %1 en %2.</translation>
        </message>
        <message>
            <source>Without all of its weights the model cannot be loaded (a download was cut short, or a file was moved).</source>
            <translation>Sin todos sus pesos el modelo no se puede cargar (se interrumpió una descarga o se movió un archivo).</translation>
        </message>
        <message>
            <source>Download the model again on the Model page, or choose a complete model folder.</source>
            <translation>Vuelva a descargar el modelo en la página Modelo o elija una carpeta de modelo completa.</translation>
        </message>
        <message>
            <source>Use a 4-bit base</source>
            <translation>Usar una base de 4 bits</translation>
        </message>
        <message>
            <source>Max length %1</source>
            <translation>Longitud máxima %1</translation>
        </message>
        <message>
            <source>Batch 1 × accumulation %1</source>
            <translation>Lote 1 × acumulación %1</translation>
        </message>
        <message>
            <source>Gradient checkpointing</source>
            <translation>Gradient checkpointing</translation>
        </message>
        <message>
            <source>Learning rate %1</source>
            <translation>Tasa de aprendizaje %1</translation>
        </message>
        <message>
            <source>Epochs %1</source>
            <translation>Épocas %1</translation>
        </message>
        <message>
            <source>Max steps %1</source>
            <translation>Pasos máx. %1</translation>
        </message>
        <message>
            <source>Early stopping (patience %1)</source>
            <translation>Parada temprana (paciencia %1)</translation>
        </message>
        <message>
            <source>Train on answers only</source>
            <translation>Entrenar solo con las respuestas</translation>
        </message>
        <message>
            <source>Show the cut rows</source>
            <translation>Mostrar las filas cortadas</translation>
        </message>
        <message>
            <source>Open the Data page</source>
            <translation>Abrir la página Datos</translation>
        </message>
        <message>
            <source>%1 (needs %2)</source>
            <translation>%1 (necesita %2)</translation>
        </message>
        <message>
            <source>Changed: %1. Press Start to try again.</source>
            <translation>Cambiado: %1. Pulse «Iniciar» para volver a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::UploadDialog</name>
        <message>
            <source>Upload to the Hugging Face Hub</source>
            <translation>Subir al Hugging Face Hub</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Not signed in.</source>
            <translation>No ha iniciado sesión.</translation>
        </message>
        <message>
            <source>Access token (hf_…) with write access</source>
            <translation>Token de acceso (hf_…) con acceso de escritura</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Cerrar sesión</translation>
        </message>
        <message>
            <source>Create a token at &lt;a href="https://huggingface.co/settings/tokens"&gt;huggingface.co/settings/tokens&lt;/a&gt;. Falconry keeps it in the system keychain, never in a file.</source>
            <translation>Cree un token en &lt;a href="https://huggingface.co/settings/tokens"&gt;huggingface.co/settings/tokens&lt;/a&gt;. Falconry lo guarda en el llavero del sistema, nunca en un archivo.</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>Repositorio</translation>
        </message>
        <message>
            <source>A new or existing model repository: NAME in your account, or ORGANISATION/NAME</source>
            <translation>Un repositorio de modelo nuevo o existente: NOMBRE en su cuenta u ORGANIZACIÓN/NOMBRE</translation>
        </message>
        <message>
            <source>Private (only you and your organisation see it)</source>
            <translation>Privado (solo lo ven usted y su organización)</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Qué:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Model card (README.md) — edit it before uploading</source>
            <translation>Tarjeta del modelo (README.md): edítela antes de subir</translation>
        </message>
        <message>
            <source>The repository's address appears here after the upload</source>
            <translation>La dirección del repositorio aparece aquí después de subirlo</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Upload</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>the merged model</source>
            <translation>el modelo fusionado</translation>
        </message>
        <message>
            <source>the run's final adapter</source>
            <translation>el adaptador final de la ejecución</translation>
        </message>
        <message>
            <source>the adapter</source>
            <translation>el adaptador</translation>
        </message>
        <message>
            <source>1 file</source>
            <translation>1 archivo</translation>
        </message>
        <message>
            <source>%1 files</source>
            <translation>%1 archivos</translation>
        </message>
        <message>
            <source>%1 in %2 (%3, %4), with the model card below</source>
            <translation>%1 en %2 (%3, %4), con la tarjeta del modelo de abajo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Not signed in. (The system keychain is not available: %1)</source>
            <translation>No ha iniciado sesión. (El llavero del sistema no está disponible: %1)</translation>
        </message>
        <message>
            <source>Paste an access token first.</source>
            <translation>Pegue primero un token de acceso.</translation>
        </message>
        <message>
            <source>Checking the token…</source>
            <translation>Comprobando el token…</translation>
        </message>
        <message>
            <source>Signed in as &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Sesión iniciada como &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>The system keychain could not keep the token (%1): it is used until Falconry closes.</source>
            <translation>El llavero del sistema no pudo guardar el token (%1): se usará hasta que se cierre Falconry.</translation>
        </message>
        <message>
            <source>Signed out: the token was removed from the keychain.</source>
            <translation>Sesión cerrada: el token se quitó del llavero.</translation>
        </message>
        <message>
            <source>Signed out here, but the keychain said: %1</source>
            <translation>Sesión cerrada aquí, pero el llavero respondió: %1</translation>
        </message>
        <message>
            <source>Uploading…</source>
            <translation>Subiendo…</translation>
        </message>
        <message>
            <source>%1 %2 — %3 of %4</source>
            <translation>%1 %2 — %3 de %4</translation>
        </message>
        <message>
            <source>The upload failed</source>
            <translation>La subida ha fallado</translation>
        </message>
        <message>
            <source>Stopped: nothing was committed.</source>
            <translation>Detenido: no se hizo ningún commit.</translation>
        </message>
        <message>
            <source>Uploaded in one commit. The model's page:</source>
            <translation>Subido en un solo commit. La página del modelo:</translation>
        </message>
    </context>
</TS>
