<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Falconry</source>
            <translation>À propos de Falconry</translation>
        </message>
        <message>
            <source>Fine-tune Falcon language models with LoRA and QLoRA on your own machine.</source>
            <translation>Affinez des modèles de langage Falcon avec LoRA et QLoRA sur votre propre machine.</translation>
        </message>
        <message>
            <source>Engine: %1</source>
            <translation>Moteur : %1</translation>
        </message>
        <message>
            <source>Licensed under the Apache License 2.0.</source>
            <translation>Sous licence Apache 2.0.</translation>
        </message>
    </context>
    <context>
        <name>CompareJob</name>
        <message>
            <source>Loading the model…</source>
            <translation>Chargement du modèle…</translation>
        </message>
        <message>
            <source>%1 tokens at %2 tokens/s</source>
            <translation>%1 jetons à %2 jetons/s</translation>
        </message>
        <message>
            <source>Looking up the knowledge base…</source>
            <translation>Recherche dans la base de connaissances…</translation>
        </message>
    </context>
    <context>
        <name>EngineError</name>
        <message>
            <source>Out of memory</source>
            <translation>Mémoire insuffisante</translation>
        </message>
        <message>
            <source>Lower the maximum sequence length or the batch size, turn on gradient checkpointing, or load the base model in 4-bit NF4 (QLoRA). The Model page shows what each choice needs.</source>
            <translation>Réduisez la longueur maximale de séquence ou la taille de lot, activez le gradient checkpointing, ou chargez le modèle de base en NF4 4 bits (QLoRA). La page Modèle montre ce que chaque choix demande.</translation>
        </message>
        <message>
            <source>The system could not allocate the memory this step needs.</source>
            <translation>Le système n'a pas pu allouer la mémoire nécessaire à cette étape.</translation>
        </message>
        <message>
            <source>Settings cannot be used</source>
            <translation>Paramètres inutilisables</translation>
        </message>
        <message>
            <source>Check the model folder's config.json and the values on this page, then try again.</source>
            <translation>Vérifiez le config.json du dossier du modèle et les valeurs de cette page, puis réessayez.</translation>
        </message>
        <message>
            <source>Checkpoint or adapter unreadable</source>
            <translation>Point de contrôle ou adaptateur illisible</translation>
        </message>
        <message>
            <source>The file may be incomplete: choose another checkpoint, or train again from the start.</source>
            <translation>Le fichier est peut-être incomplet : choisissez un autre point de contrôle ou réentraînez depuis le début.</translation>
        </message>
        <message>
            <source>Tokenizer problem</source>
            <translation>Problème de tokeniseur</translation>
        </message>
        <message>
            <source>The model folder needs a tokenizer.json or tokenizer.model that matches the model.</source>
            <translation>Le dossier du modèle doit contenir un tokenizer.json ou tokenizer.model correspondant au modèle.</translation>
        </message>
        <message>
            <source>Dataset problem</source>
            <translation>Problème de jeu de données</translation>
        </message>
        <message>
            <source>Training stopped</source>
            <translation>Entraînement arrêté</translation>
        </message>
        <message>
            <source>If the loss became NaN, lower the learning rate or the gradient clip; the last checkpoint can be resumed.</source>
            <translation>Si la perte est devenue NaN, baissez le taux d'apprentissage ou l'écrêtage du gradient ; le dernier point de contrôle peut être repris.</translation>
        </message>
        <message>
            <source>Could not write a file</source>
            <translation>Impossible d'écrire un fichier</translation>
        </message>
        <message>
            <source>Check that the disk has free space and that the folder is writable. Nothing was replaced.</source>
            <translation>Vérifiez que le disque a de l'espace libre et que le dossier est accessible en écriture. Rien n'a été remplacé.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Une erreur s'est produite</translation>
        </message>
        <message>
            <source>Try again; if it happens again, report it with this message.</source>
            <translation>Réessayez ; si cela se reproduit, signalez-le avec ce message.</translation>
        </message>
        <message>
            <source>An unknown error occurred in the engine.</source>
            <translation>Une erreur inconnue s'est produite dans le moteur.</translation>
        </message>
        <message>
            <source>Try again; if it happens again, report it with what you did.</source>
            <translation>Réessayez ; si cela se reproduit, signalez-le en décrivant ce que vous avez fait.</translation>
        </message>
        <message>
            <source>Open the file on the Data page (Import…), choose which column holds the prompt and which the answer, and train from there.</source>
            <translation>Ouvrez le fichier sur la page Données (Importer…), choisissez la colonne du prompt et celle de la réponse, puis entraînez depuis là.</translation>
        </message>
        <message>
            <source>The dataset's columns are not mapped</source>
            <translation>Les colonnes du jeu de données ne sont pas associées</translation>
        </message>
        <message>
            <source>Falconry cannot tell which columns of %1 hold the prompt and the answer (columns: %2).</source>
            <translation>Falconry ne peut pas savoir quelles colonnes de %1 contiennent le prompt et la réponse (colonnes : %2).</translation>
        </message>
        <message>
            <source>No column holds the answers</source>
            <translation>Aucune colonne ne contient les réponses</translation>
        </message>
        <message>
            <source>No column of %1 is mapped to the answers the model should learn (columns: %2).</source>
            <translation>Aucune colonne de %1 n'est associée aux réponses que le modèle doit apprendre (colonnes : %2).</translation>
        </message>
        <message>
            <source>Nothing to train on</source>
            <translation>Rien à apprendre</translation>
        </message>
        <message>
            <source>Every row of %1 has an empty answer, so there is nothing for the model to learn.</source>
            <translation>Chaque ligne de %1 a une réponse vide : le modèle n'a rien à apprendre.</translation>
        </message>
        <message>
            <source>Check the column mapped to the answers on the Data page.</source>
            <translation>Vérifiez sur la page Données la colonne associée aux réponses.</translation>
        </message>
        <message>
            <source>Fix the row named above on the Data page, or choose another file.</source>
            <translation>Corrigez la ligne indiquée ci-dessus sur la page Données, ou choisissez un autre fichier.</translation>
        </message>
        <message>
            <source>The file is empty</source>
            <translation>Le fichier est vide</translation>
        </message>
        <message>
            <source>%1 holds no examples: it is empty or has only blank lines.</source>
            <translation>%1 ne contient aucun exemple : le fichier est vide ou n'a que des lignes vides.</translation>
        </message>
        <message>
            <source>Choose the file that holds your examples.</source>
            <translation>Choisissez le fichier qui contient vos exemples.</translation>
        </message>
        <message>
            <source>Not a text file</source>
            <translation>Ce n'est pas un fichier texte</translation>
        </message>
        <message>
            <source>%1 holds binary data (a program, an image or an archive?), not examples as text.</source>
            <translation>%1 contient des données binaires (un programme, une image ou une archive ?), pas des exemples en texte.</translation>
        </message>
        <message>
            <source>Falconry reads examples from CSV, TSV, JSON, JSONL or plain text files. Choose one of those.</source>
            <translation>Falconry lit les exemples dans des fichiers CSV, TSV, JSON, JSONL ou texte. Choisissez-en un.</translation>
        </message>
        <message>
            <source>A record is far too long</source>
            <translation>Un enregistrement est beaucoup trop long</translation>
        </message>
        <message>
            <source>%1 holds a record longer than %2 MiB, so it is most likely not a dataset (or a quote is never closed).</source>
            <translation>%1 contient un enregistrement de plus de %2 Mio : ce n'est probablement pas un jeu de données (ou un guillemet n'est jamais fermé).</translation>
        </message>
        <message>
            <source>Check that this is the file you meant; if it is a CSV file, look for an unclosed quote.</source>
            <translation>Vérifiez qu'il s'agit du bon fichier ; pour un CSV, cherchez un guillemet non fermé.</translation>
        </message>
        <message>
            <source>The run folder is in use</source>
            <translation>Le dossier de l'entraînement est en cours d'utilisation</translation>
        </message>
        <message>
            <source>Another Falconry window or process is writing to %1 right now (%2).</source>
            <translation>Une autre fenêtre ou un autre processus Falconry écrit en ce moment dans %1 (%2).</translation>
        </message>
        <message>
            <source>Wait until it finishes, or stop it there; two runs cannot write to one folder.</source>
            <translation>Attendez qu'il se termine, ou arrêtez-le là-bas ; deux entraînements ne peuvent pas écrire dans un même dossier.</translation>
        </message>
        <message>
            <source>Training diverged</source>
            <translation>L'entraînement a divergé</translation>
        </message>
        <message>
            <source>The loss rose far above where it started, so the run was stopped before it got worse.</source>
            <translation>La perte est montée bien au-dessus de sa valeur de départ : l'entraînement a été arrêté avant d'empirer.</translation>
        </message>
        <message>
            <source>No checkpoint was written before that, so a resume starts again from the beginning.</source>
            <translation>Aucun point de contrôle n'avait été écrit avant : une reprise recommence depuis le début.</translation>
        </message>
        <message>
            <source>The checkpoint with the lowest loss is kept: %1.</source>
            <translation>Le point de contrôle de plus faible perte est conservé : %1.</translation>
        </message>
        <message>
            <source>Lower the learning rate on this page (to about a quarter), select the run under "Runs" and press "Resume selected run": it continues from that checkpoint with the new rate.</source>
            <translation>Baissez le taux d'apprentissage sur cette page (au quart environ), sélectionnez l'entraînement sous « Entraînements » et cliquez sur « Reprendre l'entraînement sélectionné » : il repart de ce point de contrôle avec le nouveau taux.</translation>
        </message>
    </context>
    <context>
        <name>ExportJob</name>
        <message>
            <source>Copying %1</source>
            <translation>Copie de %1</translation>
        </message>
        <message>
            <source>Adapter saved</source>
            <translation>Adaptateur enregistré</translation>
        </message>
        <message>
            <source>Adapter saved to %1</source>
            <translation>Adaptateur enregistré dans %1</translation>
        </message>
        <message>
            <source>Loading the base model…</source>
            <translation>Chargement du modèle de base…</translation>
        </message>
        <message>
            <source>Writing the merged model…</source>
            <translation>Écriture du modèle fusionné…</translation>
        </message>
        <message>
            <source>Merged model saved</source>
            <translation>Modèle fusionné enregistré</translation>
        </message>
        <message>
            <source>Merged model saved to %1 (%2 LoRA layers folded in)</source>
            <translation>Modèle fusionné enregistré dans %1 (%2 couches LoRA intégrées)</translation>
        </message>
        <message>
            <source>Writing tensor %1 of %2 (%3)</source>
            <translation>Écriture du tenseur %1 sur %2 (%3)</translation>
        </message>
        <message>
            <source>GGUF saved to %1 (%2)</source>
            <translation>GGUF enregistré dans %1 (%2)</translation>
        </message>
        <message>
            <source>To run it in Ollama, open a terminal in %1 and type: ollama create %2 -f Modelfile</source>
            <translation>Pour l'exécuter dans Ollama, ouvrez un terminal dans %1 et tapez : ollama create %2 -f Modelfile</translation>
        </message>
        <message>
            <source>GGUF saved</source>
            <translation>GGUF enregistré</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <source>, page %1</source>
            <translation>, page %1</translation>
        </message>
        <message>
            <source>, line %1</source>
            <translation>, ligne %1</translation>
        </message>
        <message>
            <source>Importing %1 (%2 of %3)…</source>
            <translation>Importation de %1 (%2 sur %3)…</translation>
        </message>
        <message>
            <source>Finishing…</source>
            <translation>Finalisation…</translation>
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
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Données</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>Entraînement</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Aller</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About Falconry</source>
            <translation>À &amp;propos de Falconry</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>En cours…</translation>
        </message>
        <message>
            <source>Training finished</source>
            <translation>Entraînement terminé</translation>
        </message>
        <message>
            <source>&amp;Open Model Folder…</source>
            <translation>&amp;Ouvrir un dossier de modèle…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>Suivre le &amp;système</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Clair</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Sombre</translation>
        </message>
        <message>
            <source>Memory: %1 used by Falconry, %2 free</source>
            <translation>Mémoire : %1 utilisés par Falconry, %2 libres</translation>
        </message>
        <message>
            <source>A training run is in progress. Quit anyway? The run stops; its last checkpoint can be resumed later.</source>
            <translation>Un entraînement est en cours. Quitter quand même ? Le run s'arrête ; son dernier point de contrôle pourra être repris plus tard.</translation>
        </message>
        <message>
            <source>The engine is still working. Quit anyway?</source>
            <translation>Le moteur travaille encore. Quitter quand même ?</translation>
        </message>
        <message>
            <source>Quit Falconry?</source>
            <translation>Quitter Falconry ?</translation>
        </message>
        <message>
            <source>Falconry demo model</source>
            <translation>Modèle de démonstration Falconry</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>Démo</translation>
        </message>
        <message>
            <source>Start the &amp;Demo</source>
            <translation>Lancer la &amp;démo</translation>
        </message>
        <message>
            <source>This build of Falconry has no bundled demo model or dataset.</source>
            <translation>Cette version de Falconry n'inclut ni modèle ni jeu de données de démonstration.</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Connaissances</translation>
        </message>
        <message>
            <source>Demo: check that "customer_message" is the user and "agent_reply" the assistant (tick "These roles are right"), then train with the "Quick test" preset.</source>
            <translation>Démo : vérifiez que « customer_message » est l'utilisateur et « agent_reply » l'assistant (cochez « Ces rôles sont corrects »), puis entraînez avec le préréglage « Test rapide ».</translation>
        </message>
    </context>
    <context>
        <name>MemoryPlan</name>
        <message>
            <source>Weights (NF4)</source>
            <translation>Poids (NF4)</translation>
        </message>
        <message>
            <source>Weights (bf16)</source>
            <translation>Poids (bf16)</translation>
        </message>
        <message>
            <source>LoRA</source>
            <translation>LoRA</translation>
        </message>
        <message>
            <source>Optimizer state</source>
            <translation>État de l'optimiseur</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Activations</translation>
        </message>
        <message>
            <source>KV cache</source>
            <translation>Cache KV</translation>
        </message>
        <message>
            <source>Runtime</source>
            <translation>Environnement d'exécution</translation>
        </message>
    </context>
    <context>
        <name>ModelCatalogue</name>
        <message>
            <source>%1 has no config.json: choose the folder that holds config.json, the *.safetensors files and tokenizer.json.</source>
            <translation>%1 n'a pas de config.json : choisissez le dossier qui contient config.json, les fichiers *.safetensors et tokenizer.json.</translation>
        </message>
        <message>
            <source>No *.safetensors weights in %1.</source>
            <translation>Aucun poids *.safetensors dans %1.</translation>
        </message>
        <message>
            <source>Only PyTorch .bin weights in %1; Falconry reads safetensors. Convert them or download the safetensors revision.</source>
            <translation>Seulement des poids PyTorch .bin dans %1 ; Falconry lit safetensors. Convertissez-les ou téléchargez la révision safetensors.</translation>
        </message>
        <message>
            <source>No tokenizer.json or tokenizer.model in %1.</source>
            <translation>Pas de tokenizer.json ni de tokenizer.model dans %1.</translation>
        </message>
    </context>
    <context>
        <name>ModelPage</name>
        <message>
            <source>%1 B</source>
            <translation>%1 Md</translation>
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
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>StartCheck</name>
        <message>
            <source>With these settings (max length %1, batch size %2, %3) the run needs about %4 of memory, but %5 is free now: it would swap or be stopped by the system.</source>
            <translation>Avec ces réglages (longueur max. %1, taille de lot %2, %3), le run a besoin d'environ %4 de mémoire, mais seuls %5 sont libres : le système utiliserait le swap ou l'arrêterait.</translation>
        </message>
        <message>
            <source>4-bit NF4 base</source>
            <translation>base NF4 4 bits</translation>
        </message>
        <message>
            <source>bf16 base</source>
            <translation>base bf16</translation>
        </message>
        <message>
            <source>With a 4-bit NF4 base (QLoRA) it needs %1 and fits.</source>
            <translation>Avec une base NF4 4 bits (QLoRA), il a besoin de %1 et tient.</translation>
        </message>
        <message>
            <source>A shorter max length, a smaller batch or the "Low memory" preset need less.</source>
            <translation>Une longueur max. plus courte, un lot plus petit ou le préréglage « Mémoire réduite » demandent moins.</translation>
        </message>
    </context>
    <context>
        <name>StrategyCheckJob</name>
        <message>
            <source>Loading the model…</source>
            <translation>Chargement du modèle…</translation>
        </message>
        <message>
            <source>%1 of %2 answers</source>
            <translation>%1 réponses sur %2</translation>
        </message>
    </context>
    <context>
        <name>TrainJob</name>
        <message>
            <source>Paused at step %1.</source>
            <translation>En pause au pas %1.</translation>
        </message>
        <message>
            <source>Run %1 after %2 steps, final loss %3.</source>
            <translation>Run %1 après %2 pas, perte finale %3.</translation>
        </message>
        <message>
            <source>Eval loss %1.</source>
            <translation>Perte d'évaluation %1.</translation>
        </message>
        <message>
            <source>Probe answers took %1 s.</source>
            <translation>Les réponses aux prompts témoins ont pris %1 s.</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>%1 TB</source>
            <translation>%1 To</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 Go</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 Mo</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 ko</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 octets</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui</name>
        <message>
            <source>No such model on the Hub</source>
            <translation>Ce modèle n'existe pas sur le Hub</translation>
        </message>
        <message>
            <source>Check the name (organisation/model, for example tiiuae/falcon-7b).</source>
            <translation>Vérifiez le nom (organisation/modèle, par exemple tiiuae/falcon-7b).</translation>
        </message>
        <message>
            <source>This model needs its licence accepted</source>
            <translation>La licence de ce modèle doit être acceptée</translation>
        </message>
        <message>
            <source>Open the model's page on huggingface.co, accept the licence while signed in, then sign in here (Export page, Upload to the Hub…) with a token of that account.</source>
            <translation>Ouvrez la page du modèle sur huggingface.co, acceptez la licence en étant connecté, puis connectez-vous ici (page Exporter, Envoyer vers le Hub…) avec un jeton de ce compte.</translation>
        </message>
        <message>
            <source>Not signed in, or the token was refused</source>
            <translation>Non connecté, ou le jeton a été refusé</translation>
        </message>
        <message>
            <source>Sign in with a Hugging Face access token (huggingface.co → Settings → Access Tokens).</source>
            <translation>Connectez-vous avec un jeton d'accès Hugging Face (huggingface.co → Settings → Access Tokens).</translation>
        </message>
        <message>
            <source>This account may not do that</source>
            <translation>Ce compte n'en a pas le droit</translation>
        </message>
        <message>
            <source>Uploading needs a token with write access, to your own account or an organisation you belong to.</source>
            <translation>L'envoi demande un jeton avec accès en écriture, à votre propre compte ou à une organisation dont vous êtes membre.</translation>
        </message>
        <message>
            <source>No connection to the Hugging Face Hub</source>
            <translation>Pas de connexion au Hugging Face Hub</translation>
        </message>
        <message>
            <source>Check the network (and a proxy, if you use one), then try again: what was downloaded is kept.</source>
            <translation>Vérifiez le réseau (et le proxy, si vous en utilisez un), puis réessayez : ce qui a été téléchargé est conservé.</translation>
        </message>
        <message>
            <source>The Hugging Face Hub is busy</source>
            <translation>Le Hugging Face Hub est surchargé</translation>
        </message>
        <message>
            <source>Try again in a few minutes: what was downloaded is kept.</source>
            <translation>Réessayez dans quelques minutes : ce qui a été téléchargé est conservé.</translation>
        </message>
        <message>
            <source>Not enough disk space</source>
            <translation>Espace disque insuffisant</translation>
        </message>
        <message>
            <source>Free some space and start again: the download continues where it stopped.</source>
            <translation>Libérez de l'espace et relancez : le téléchargement reprend là où il s'était arrêté.</translation>
        </message>
        <message>
            <source>A downloaded file was damaged</source>
            <translation>Un fichier téléchargé était endommagé</translation>
        </message>
        <message>
            <source>The damaged file was deleted and nothing of it is used. Download again.</source>
            <translation>Le fichier endommagé a été supprimé et rien n'en est utilisé. Téléchargez-le à nouveau.</translation>
        </message>
        <message>
            <source>Falconry cannot use this</source>
            <translation>Falconry ne peut pas utiliser ceci</translation>
        </message>
        <message>
            <source>The server answered something unexpected</source>
            <translation>Le serveur a donné une réponse inattendue</translation>
        </message>
        <message>
            <source>Check HF_ENDPOINT if you set it; otherwise try again later.</source>
            <translation>Vérifiez HF_ENDPOINT si vous l'avez défini ; sinon, réessayez plus tard.</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Arrêté</translation>
        </message>
        <message>
            <source>What was downloaded is kept; starting again continues from there.</source>
            <translation>Ce qui a été téléchargé est conservé ; une nouvelle tentative reprend à partir de là.</translation>
        </message>
        <message>
            <source>The server did not accept the API key</source>
            <translation>Le serveur n'a pas accepté la clé d'API</translation>
        </message>
        <message>
            <source>Enter the key the service gave you (it is kept in the system keychain). Local servers such as Ollama or llama.cpp need none: leave it empty.</source>
            <translation>Saisissez la clé fournie par le service (elle est conservée dans le trousseau du système). Les serveurs locaux comme Ollama ou llama.cpp n'en ont pas besoin : laissez vide.</translation>
        </message>
        <message>
            <source>The API key may not use this model</source>
            <translation>La clé d'API ne peut pas utiliser ce modèle</translation>
        </message>
        <message>
            <source>Choose another model from the server's list, or use a key with access to this one.</source>
            <translation>Choisissez un autre modèle dans la liste du serveur, ou une clé qui y a accès.</translation>
        </message>
        <message>
            <source>The server does not know this address or model</source>
            <translation>Le serveur ne connaît pas cette adresse ou ce modèle</translation>
        </message>
        <message>
            <source>The base URL ends in /v1, for example http://localhost:11434/v1. Press “List models” to see the models the server has.</source>
            <translation>L'URL de base se termine par /v1, par exemple http://localhost:11434/v1. « Lister les modèles » montre les modèles du serveur.</translation>
        </message>
        <message>
            <source>The server refused the request</source>
            <translation>Le serveur a refusé la requête</translation>
        </message>
        <message>
            <source>Fewer tokens per answer or another model may help; the server's reason is below.</source>
            <translation>Moins de jetons par réponse ou un autre modèle peuvent aider ; la raison du serveur figure ci-dessous.</translation>
        </message>
        <message>
            <source>The server is limiting how fast requests may come</source>
            <translation>Le serveur limite le rythme des requêtes</translation>
        </message>
        <message>
            <source>Wait a minute and resume: the rows finished so far are kept.</source>
            <translation>Attendez une minute puis reprenez : les lignes déjà terminées sont conservées.</translation>
        </message>
        <message>
            <source>The server failed to answer</source>
            <translation>Le serveur n'a pas pu répondre</translation>
        </message>
        <message>
            <source>Try again later; the rows finished so far are kept.</source>
            <translation>Réessayez plus tard ; les lignes déjà terminées sont conservées.</translation>
        </message>
        <message>
            <source>Could not reach the server</source>
            <translation>Impossible de joindre le serveur</translation>
        </message>
        <message>
            <source>Check the base URL and that the server is running (for Ollama: “ollama serve”).</source>
            <translation>Vérifiez l'URL de base et que le serveur tourne (pour Ollama : « ollama serve »).</translation>
        </message>
        <message>
            <source>The server stopped answering midway</source>
            <translation>Le serveur s'est arrêté en pleine réponse</translation>
        </message>
        <message>
            <source>The connection broke twice in a row. Try again; the rows finished so far are kept.</source>
            <translation>La connexion a été coupée deux fois de suite. Réessayez ; les lignes déjà terminées sont conservées.</translation>
        </message>
        <message>
            <source>The server does not speak the OpenAI chat protocol</source>
            <translation>Le serveur ne parle pas le protocole de chat d'OpenAI</translation>
        </message>
        <message>
            <source>Check that the base URL points at an OpenAI-compatible API (ending in /v1).</source>
            <translation>Vérifiez que l'URL de base pointe vers une API compatible OpenAI (se terminant par /v1).</translation>
        </message>
        <message>
            <source>Generation was stopped</source>
            <translation>La génération a été arrêtée</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::AdapterMapDialog</name>
        <message>
            <source>Adapter map</source>
            <translation>Carte de l'adaptateur</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <source>Update size (norm of scale·B·A)</source>
            <translation>Taille de la mise à jour (norme de scale·B·A)</translation>
        </message>
        <message>
            <source>Effective rank (how many directions it uses)</source>
            <translation>Rang effectif (combien de directions elle utilise)</translation>
        </message>
        <message>
            <source>Similarity to the other adapter (cosine)</source>
            <translation>Similarité avec l'autre adaptateur (cosinus)</translation>
        </message>
        <message>
            <source>Compare with…</source>
            <translation>Comparer avec…</translation>
        </message>
        <message>
            <source>Choose a second adapter of the same model: each cell then says how alike the two updates are (1 = the same direction, 0 = unrelated, -1 = opposite)</source>
            <translation>Choisissez un second adaptateur du même modèle : chaque cellule indique alors à quel point les deux mises à jour se ressemblent (1 = même direction, 0 = sans rapport, -1 = opposées)</translation>
        </message>
        <message>
            <source>No comparison</source>
            <translation>Aucune comparaison</translation>
        </message>
        <message>
            <source>Each cell is one LoRA module: a darker cell changed its layer more. The effective rank says how many independent directions of the rank r the update really uses. Hover a cell for its figures.</source>
            <translation>Chaque cellule est un module LoRA : une cellule plus foncée a davantage modifié sa couche. Le rang effectif indique combien de directions indépendantes du rang r la mise à jour utilise réellement. Survolez une cellule pour voir ses valeurs.</translation>
        </message>
        <message>
            <source>Adapter: %1</source>
            <translation>Adaptateur : %1</translation>
        </message>
        <message>
            <source>Adapter: %1
Compared with: %2</source>
            <translation>Adaptateur : %1
Comparé à : %2</translation>
        </message>
        <message>
            <source>Adapter to compare with</source>
            <translation>Adaptateur à comparer</translation>
        </message>
        <message>
            <source>This adapter cannot be shown: %1</source>
            <translation>Cet adaptateur ne peut pas être affiché : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s) in %1 layer(s); rank %2, alpha %3, scale %4%5.</source>
            <translation>
                <numerusform>%n module dans %1 couche ; rang %2, alpha %3, échelle %4%5.</numerusform>
                <numerusform>%n modules dans %1 couche(s) ; rang %2, alpha %3, échelle %4%5.</numerusform>
            </translation>
        </message>
        <message>
            <source> (rsLoRA: alpha / √r)</source>
            <translation> (rsLoRA : alpha / √r)</translation>
        </message>
        <message>
            <source>The largest update is layer %1's %2 (norm %3).</source>
            <translation>La plus grande mise à jour est celle de %2 dans la couche %1 (norme %3).</translation>
        </message>
        <message numerus="yes">
            <source>Mean similarity to the other adapter: %1 over %n module(s).</source>
            <translation>
                <numerusform>Similarité moyenne avec l'autre adaptateur : %1 sur %n module.</numerusform>
                <numerusform>Similarité moyenne avec l'autre adaptateur : %1 sur %n modules.</numerusform>
            </translation>
        </message>
        <message>
            <source>The other adapter shares no module with this one.</source>
            <translation>L'autre adaptateur n'a aucun module en commun avec celui-ci.</translation>
        </message>
        <message>
            <source>Reading the adapter and measuring its updates…</source>
            <translation>Lecture de l'adaptateur et mesure de ses mises à jour…</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::AdapterMapView</name>
        <message>
            <source>Layer %1, %2: no adapter on this module</source>
            <translation>Couche %1, %2 : pas d'adaptateur sur ce module</translation>
        </message>
        <message>
            <source>%1
Layer %2, %3
Update size (Frobenius norm of scale·B·A): %4
Effective rank: %5 of %6</source>
            <translation>%1
Couche %2, %3
Taille de la mise à jour (norme de Frobenius de scale·B·A) : %4
Rang effectif : %5 sur %6</translation>
        </message>
        <message>
            <source>Similarity to the other adapter (cosine): %1</source>
            <translation>Similarité avec l'autre adaptateur (cosinus) : %1</translation>
        </message>
        <message>
            <source>Similarity: the other adapter has no update here</source>
            <translation>Similarité : l'autre adaptateur n'a pas de mise à jour ici</translation>
        </message>
        <message>
            <source>No adapter to show.</source>
            <translation>Aucun adaptateur à afficher.</translation>
        </message>
        <message>
            <source>layer %1</source>
            <translation>couche %1</translation>
        </message>
        <message>
            <source>update size</source>
            <translation>taille de la mise à jour</translation>
        </message>
        <message>
            <source>effective rank</source>
            <translation>rang effectif</translation>
        </message>
        <message>
            <source>cosine similarity</source>
            <translation>similarité cosinus</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ChatPane</name>
        <message>
            <source>You: %1

Model: %2

</source>
            <translation>Vous : %1

Modèle : %2

</translation>
        </message>
        <message>
            <source>You: %1

Model: %2
</source>
            <translation>Vous : %1

Modèle : %2
</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Vous</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Passage [%1]</source>
            <translation>Passage [%1]</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
        <message>
            <source>From the knowledge base:</source>
            <translation>Tiré de la base de connaissances :</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ComparePage</name>
        <message>
            <source>What to compare</source>
            <translation>Ce qui est comparé</translation>
        </message>
        <message>
            <source>PEFT folder…</source>
            <translation>Dossier PEFT…</translation>
        </message>
        <message>
            <source>Any PEFT LoRA adapter folder (adapter_config.json + adapter_model.safetensors)</source>
            <translation>N'importe quel dossier d'adaptateur LoRA PEFT (adapter_config.json + adapter_model.safetensors)</translation>
        </message>
        <message>
            <source>Adapter:</source>
            <translation>Adaptateur :</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Modèle :</translation>
        </message>
        <message>
            <source>Blind mode (shuffle sides, vote)</source>
            <translation>Mode aveugle (côtés mélangés, vote)</translation>
        </message>
        <message>
            <source>Hide which side is tuned; vote for the better answer. Votes are saved as preference data.</source>
            <translation>Masque le côté affiné ; votez pour la meilleure réponse. Les votes sont enregistrés comme données de préférence.</translation>
        </message>
        <message>
            <source>0 = always the most likely token (greedy); 0.7 is a common choice; above 1 rambles</source>
            <translation>0 = toujours le jeton le plus probable (glouton) ; 0,7 est un choix courant ; au-delà de 1, il divague</translation>
        </message>
        <message>
            <source>Sample from the smallest set of tokens whose probabilities add up to this. 0.9–0.95</source>
            <translation>Tirer dans le plus petit ensemble de jetons dont les probabilités atteignent cette valeur. 0,9–0,95</translation>
        </message>
        <message>
            <source>off</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>Sample from this many most likely tokens. 20–100; off = no limit</source>
            <translation>Tirer parmi ce nombre de jetons les plus probables. 20–100 ; désactivé = sans limite</translation>
        </message>
        <message>
            <source>Above 1 discourages repeating tokens. 1.0–1.2</source>
            <translation>Au-delà de 1, décourage la répétition des jetons. 1,0–1,2</translation>
        </message>
        <message>
            <source>Temperature:</source>
            <translation>Température :</translation>
        </message>
        <message>
            <source>Top-p:</source>
            <translation>Top-p :</translation>
        </message>
        <message>
            <source>Top-k:</source>
            <translation>Top-k :</translation>
        </message>
        <message>
            <source>Max new tokens:</source>
            <translation>Nouveaux jetons max. :</translation>
        </message>
        <message>
            <source>Repetition penalty:</source>
            <translation>Pénalité de répétition :</translation>
        </message>
        <message>
            <source>A is better</source>
            <translation>A est meilleur</translation>
        </message>
        <message>
            <source>Tie</source>
            <translation>Égalité</translation>
        </message>
        <message>
            <source>B is better</source>
            <translation>B est meilleur</translation>
        </message>
        <message>
            <source>Type a message for both models (Ctrl+Enter sends)</source>
            <translation>Tapez un message pour les deux modèles (Ctrl+Entrée envoie)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy both conversations</source>
            <translation>Copier les deux conversations</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>Commencer une nouvelle conversation</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>arrêté</translation>
        </message>
        <message>
            <source>Current run: final adapter (%1)</source>
            <translation>Run actuel : adaptateur final (%1)</translation>
        </message>
        <message>
            <source>Current run: checkpoint %1</source>
            <translation>Run actuel : point de contrôle %1</translation>
        </message>
        <message>
            <source>Choose a PEFT adapter folder</source>
            <translation>Choisir un dossier d'adaptateur PEFT</translation>
        </message>
        <message>
            <source>Not an adapter folder</source>
            <translation>Pas un dossier d'adaptateur</translation>
        </message>
        <message>
            <source>%1 has no adapter_config.json. A PEFT LoRA adapter folder holds adapter_config.json and adapter_model.safetensors.</source>
            <translation>%1 n'a pas de adapter_config.json. Un dossier d'adaptateur LoRA PEFT contient adapter_config.json et adapter_model.safetensors.</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>one of the two models</source>
            <translation>l'un des deux modèles</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>the other model</source>
            <translation>l'autre modèle</translation>
        </message>
        <message>
            <source>no model chosen</source>
            <translation>aucun modèle choisi</translation>
        </message>
        <message>
            <source>%1 + %2</source>
            <translation>%1 + %2</translation>
        </message>
        <message>
            <source>Choose a model in the Model step first.</source>
            <translation>Choisissez d'abord un modèle à l'étape Modèle.</translation>
        </message>
        <message>
            <source>The engine is busy (training?). Wait or stop it first.</source>
            <translation>Le moteur est occupé (entraînement ?). Attendez ou arrêtez-le d'abord.</translation>
        </message>
        <message>
            <source>Which answer is better?</source>
            <translation>Quelle réponse est la meilleure ?</translation>
        </message>
        <message>
            <source>Nothing to vote on yet.</source>
            <translation>Rien à voter pour l'instant.</translation>
        </message>
        <message>
            <source>tuned</source>
            <translation>affiné</translation>
        </message>
        <message>
            <source>base</source>
            <translation>base</translation>
        </message>
        <message>
            <source>Tie noted (not written: preference data needs a winner). A was %1, B was %2.</source>
            <translation>Égalité notée (non enregistrée : les données de préférence exigent un gagnant). A était %1, B était %2.</translation>
        </message>
        <message>
            <source>Vote saved (%1 in %2). A was %3, B was %4.</source>
            <translation>Vote enregistré (%1 dans %2). A était %3, B était %4.</translation>
        </message>
        <message>
            <source>answer complete</source>
            <translation>réponse complète</translation>
        </message>
        <message>
            <source>cut at the token limit (raise "Max new tokens")</source>
            <translation>coupée à la limite de jetons (augmentez « Nouveaux jetons max. »)</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s), %1; both sides at %2 tokens/s</source>
            <translation>
                <numerusform>%n jeton, %1 ; les deux côtés à %2 jetons/s</numerusform>
                <numerusform>%n jetons, %1 ; les deux côtés à %2 jetons/s</numerusform>
            </translation>
        </message>
        <message>
            <source>As trained</source>
            <translation>Comme à l'entraînement</translation>
        </message>
        <message>
            <source>How a conversation is written for the model. "As trained" uses the template and mapping of the run the adapter comes from (or the Data page's), exactly as training did.</source>
            <translation>Comment une conversation est écrite pour le modèle. « Comme à l'entraînement » reprend le modèle de prompt et l'association du run dont vient l'adaptateur (ou ceux de la page Données), exactement comme à l'entraînement.</translation>
        </message>
        <message>
            <source>stopped (not part of the conversation)</source>
            <translation>arrêtée (ne fait pas partie de la conversation)</translation>
        </message>
        <message>
            <source>None: the base model answers alone</source>
            <translation>Aucun : seul le modèle de base répond</translation>
        </message>
        <message>
            <source>no adapter yet: train one on the Train page, or choose a PEFT folder</source>
            <translation>pas encore d'adaptateur : entraînez-en un sur la page Entraîner, ou choisissez un dossier PEFT</translation>
        </message>
        <message>
            <source>Prompts are written with the template %1.</source>
            <translation>Les prompts sont écrits avec le modèle %1.</translation>
        </message>
        <message>
            <source>Prompts are written as run %1 was trained: template %2.</source>
            <translation>Les prompts sont écrits comme le run %1 a été entraîné : modèle %2.</translation>
        </message>
        <message>
            <source>No adapter is chosen: only the base model answers.</source>
            <translation>Aucun adaptateur choisi : seul le modèle de base répond.</translation>
        </message>
        <message>
            <source>Send to both models (Ctrl+Enter)</source>
            <translation>Envoyer aux deux modèles (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Blind mode needs two models: choose an adapter first.</source>
            <translation>Le mode aveugle demande deux modèles : choisissez d'abord un adaptateur.</translation>
        </message>
        <message>
            <source>The template cannot write this conversation: %1</source>
            <translation>Le modèle ne peut pas écrire cette conversation : %1</translation>
        </message>
        <message>
            <source>no adapter chosen: only the base model answered</source>
            <translation>aucun adaptateur choisi : seul le modèle de base a répondu</translation>
        </message>
        <message>
            <source>Left:</source>
            <translation>Gauche :</translation>
        </message>
        <message>
            <source>Right:</source>
            <translation>Droite :</translation>
        </message>
        <message>
            <source>The knowledge base is empty: add documents on the Knowledge page first.</source>
            <translation>La base de connaissances est vide : ajoutez d'abord des documents à la page Connaissances.</translation>
        </message>
        <message>
            <source>The left side is set to the tuned model: choose an adapter first.</source>
            <translation>Le côté gauche est réglé sur le modèle affiné : choisissez d'abord un adaptateur.</translation>
        </message>
        <message>
            <source>4-bit weights for chat</source>
            <translation>Poids 4 bits pour le chat</translation>
        </message>
        <message>
            <source>Answer from the model's weights quantized to 4 bits (NF4, as QLoRA holds them): about a quarter of the memory and faster answers on a CPU; the text can differ a little from the full weights'. Both sides share the one 4-bit copy. On by default for models of a billion parameters or more.</source>
            <translation>Répondre avec les poids du modèle quantifiés sur 4 bits (NF4, comme QLoRA les garde) : environ un quart de la mémoire et des réponses plus rapides sur un CPU ; le texte peut différer un peu de celui des poids complets. Les deux côtés partagent la même copie 4 bits. Activé par défaut pour les modèles d'un milliard de paramètres ou plus.</translation>
        </message>
        <message>
            <source>The answers come from one 4-bit (NF4) copy of the weights.</source>
            <translation>Les réponses proviennent d'une copie 4 bits (NF4) des poids.</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s), %1; at %2 tokens/s</source>
            <translation>
                <numerusform>%n jeton, %1 ; à %2 jetons/s</numerusform>
                <numerusform>%n jetons, %1 ; à %2 jetons/s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::CompareSideChooser</name>
        <message>
            <source>Base model</source>
            <translation>Modèle de base</translation>
        </message>
        <message>
            <source>Tuned model</source>
            <translation>Modèle affiné</translation>
        </message>
        <message>
            <source>with the knowledge base</source>
            <translation>avec la base de connaissances</translation>
        </message>
        <message>
            <source>Put the passages of the knowledge base that match the message in front of it, numbered, and ask for an answer that cites them</source>
            <translation>Placer devant le message les passages correspondants de la base, numérotés, et demander une réponse qui les cite</translation>
        </message>
        <message>
            <source>Tuned model + knowledge base</source>
            <translation>Modèle affiné + base de connaissances</translation>
        </message>
        <message>
            <source>Base model + knowledge base</source>
            <translation>Modèle de base + base de connaissances</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::DataPage</name>
        <message>
            <source>Edit %1</source>
            <translation>Modifier %1</translation>
        </message>
        <message>
            <source>&lt;h3&gt;No dataset yet&lt;/h3&gt;&lt;p&gt;Import a CSV, TSV, JSON, JSONL or text file — or drop one on the window. Falconry detects its format, lets you map its columns to roles and shows every example exactly as the model will see it.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Pas encore de jeu de données&lt;/h3&gt;&lt;p&gt;Importez un fichier CSV, TSV, JSON, JSONL ou texte – ou déposez-le sur la fenêtre. Falconry détecte son format, vous laisse associer ses colonnes à des rôles et montre chaque exemple exactement comme le modèle le verra.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Import a dataset…</source>
            <translation>Importer un jeu de données…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Data&lt;/b&gt; — no dataset open</source>
            <translation>&lt;b&gt;Données&lt;/b&gt; — aucun jeu de données ouvert</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Open project…</source>
            <translation>Ouvrir un projet…</translation>
        </message>
        <message>
            <source>Open a dataset project</source>
            <translation>Ouvrir un projet de jeu de données</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Ouvrir le projet</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Export the dataset</source>
            <translation>Exporter le jeu de données</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
            <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Find &amp;&amp; replace…</source>
            <translation>Rechercher &amp;&amp; remplacer…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Filter rows by text</source>
            <translation>Filtrer les lignes par texte</translation>
        </message>
        <message>
            <source>Regex</source>
            <translation>Regex</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>Toutes les lignes</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspecteur</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>Find and replace</source>
            <translation>Rechercher et remplacer</translation>
        </message>
        <message>
            <source>Regular expression (\1 in the replacement is a captured group)</source>
            <translation>Expression régulière (\1 dans le remplacement est un groupe capturé)</translation>
        </message>
        <message>
            <source>All columns</source>
            <translation>Toutes les colonnes</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Rechercher :</translation>
        </message>
        <message>
            <source>Replace with:</source>
            <translation>Remplacer par :</translation>
        </message>
        <message>
            <source>In:</source>
            <translation>Dans :</translation>
        </message>
        <message>
            <source>Replace all</source>
            <translation>Tout remplacer</translation>
        </message>
        <message>
            <source>Invalid regular expression: %1</source>
            <translation>Expression régulière invalide : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) changed</source>
            <translation>
                <numerusform>%n cellule modifiée</numerusform>
                <numerusform>%n cellules modifiées</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>Nothing was read.</source>
            <translation>Rien n'a été lu.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Data&lt;/b&gt; — %1 · %n row(s)</source>
            <translation>
                <numerusform>&lt;b&gt;Données&lt;/b&gt; — %1 · %n ligne</numerusform>
                <numerusform>&lt;b&gt;Données&lt;/b&gt; — %1 · %n lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Select a row to see it as the model does.</source>
            <translation>Sélectionnez une ligne pour la voir comme le modèle la voit.</translation>
        </message>
        <message>
            <source>Row %1 cannot be rendered: %2</source>
            <translation>La ligne %1 ne peut pas être rendue : %2</translation>
        </message>
        <message numerus="yes">
            <source>Drop %n exact duplicate(s)</source>
            <translation>
                <numerusform>Supprimer %n doublon exact</numerusform>
                <numerusform>Supprimer %n doublons exacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Drop %n empty row(s)</source>
            <translation>
                <numerusform>Supprimer %n ligne vide</numerusform>
                <numerusform>Supprimer %n lignes vides</numerusform>
            </translation>
        </message>
        <message>
            <source>Generate…</source>
            <translation>Générer…</translation>
        </message>
        <message>
            <source>Write new examples with a model or an OpenAI-compatible server</source>
            <translation>Écrire de nouveaux exemples avec un modèle ou un serveur compatible OpenAI</translation>
        </message>
        <message numerus="yes">
            <source>Generate %n row(s)</source>
            <translation>
                <numerusform>Générer %n ligne(s)</numerusform>
                <numerusform>Générer %n ligne(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accept %n generated row(s)</source>
            <translation>
                <numerusform>Accepter %n ligne(s) générée(s)</numerusform>
                <numerusform>Accepter %n ligne(s) générée(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reject %n generated row(s)</source>
            <translation>
                <numerusform>Rejeter %n ligne(s) générée(s)</numerusform>
                <numerusform>Rejeter %n ligne(s) générée(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Accept selected</source>
            <translation>Accepter la sélection</translation>
        </message>
        <message>
            <source>Reject selected</source>
            <translation>Rejeter la sélection</translation>
        </message>
        <message>
            <source>Accept all</source>
            <translation>Tout accepter</translation>
        </message>
        <message>
            <source>Reject all</source>
            <translation>Tout rejeter</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n generated row(s)&lt;/b&gt; to review: accept keeps them, reject deletes them.</source>
            <translation>
                <numerusform>&lt;b&gt;%n ligne(s) générée(s)&lt;/b&gt; à examiner : accepter les garde, rejeter les supprime.</numerusform>
                <numerusform>&lt;b&gt;%n ligne(s) générée(s)&lt;/b&gt; à examiner : accepter les garde, rejeter les supprime.</numerusform>
            </translation>
        </message>
        <message>
            <source>Generated, to review (%1)</source>
            <translation>Générées, à examiner (%1)</translation>
        </message>
        <message>
            <source>Generated (%1)</source>
            <translation>Générées (%1)</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::DownloadManager</name>
        <message>
            <source>The download failed</source>
            <translation>Le téléchargement a échoué</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::DownloadPanel</name>
        <message>
            <source>%1 h %2 min left</source>
            <translation>%1 h %2 min restantes</translation>
        </message>
        <message>
            <source>%1 min left</source>
            <translation>%1 min restantes</translation>
        </message>
        <message>
            <source>%1 s left</source>
            <translation>%1 s restantes</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stops the download; what was downloaded is kept and a new download continues from there.</source>
            <translation>Arrête le téléchargement ; ce qui a été téléchargé est conservé et un nouveau téléchargement reprend à partir de là.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Downloading %1</source>
            <translation>Téléchargement de %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>File %1 of %2: %3 (%4 of %5)</source>
            <translation>Fichier %1 sur %2 : %3 (%4 sur %5)</translation>
        </message>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>done</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>%1 is downloaded</source>
            <translation>%1 est téléchargé</translation>
        </message>
        <message>
            <source>It is in the Hugging Face cache (%1) and can be chosen on the Model page.</source>
            <translation>Il se trouve dans le cache Hugging Face (%1) et peut être choisi sur la page Modèle.</translation>
        </message>
        <message>
            <source>The download of %1 was stopped</source>
            <translation>Le téléchargement de %1 a été arrêté</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ExampleInspector</name>
        <message>
            <source>&lt;span style='background:%1;color:%2'&gt;&amp;nbsp;trained&amp;nbsp;&lt;/span&gt; &lt;span style='background:%3;color:%4'&gt;&amp;nbsp;prompt (masked)&amp;nbsp;&lt;/span&gt; &amp;nbsp;↵ line break &amp;nbsp;⟨eos⟩ end of sequence &amp;nbsp;✂ cut at max length</source>
            <translation>&lt;span style='background:%1;color:%2'&gt;&amp;nbsp;entraîné&amp;nbsp;&lt;/span&gt; &lt;span style='background:%3;color:%4'&gt;&amp;nbsp;invite (masquée)&amp;nbsp;&lt;/span&gt; &amp;nbsp;↵ saut de ligne &amp;nbsp;⟨eos⟩ fin de séquence &amp;nbsp;✂ coupé à la longueur max.</translation>
        </message>
        <message>
            <source>Select a row to see it as the model does.</source>
            <translation>Sélectionnez une ligne pour la voir comme le modèle la voit.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Row %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ligne %1&lt;/b&gt;</translation>
        </message>
        <message>
            <source> · %1 tokens</source>
            <translation> · %1 jetons</translation>
        </message>
        <message>
            <source> of max %1</source>
            <translation> sur %1 max.</translation>
        </message>
        <message>
            <source> · %1 trained</source>
            <translation> · %1 entraînés</translation>
        </message>
        <message>
            <source>cut at the %1: %2 tokens dropped</source>
            <translation>coupé au %1 : %2 jetons supprimés</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>start</source>
            <translation>début</translation>
        </message>
        <message>
            <source> · choose a model on the Model page to see its tokens</source>
            <translation> · choisissez un modèle sur la page Modèle pour voir ses jetons</translation>
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
            <translation>Jetons</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n row(s)</source>
            <translation>
                <numerusform>Dupliquer %n ligne</numerusform>
                <numerusform>Dupliquer %n lignes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n row(s)</source>
            <translation>
                <numerusform>Supprimer %n ligne</numerusform>
                <numerusform>Supprimer %n lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace “%1”</source>
            <translation>Remplacer « %1 »</translation>
        </message>
        <message>
            <source>Trim whitespace</source>
            <translation>Supprimer les espaces</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ExportPage</name>
        <message>
            <source>Adapter to export</source>
            <translation>Adaptateur à exporter</translation>
        </message>
        <message>
            <source>The current run's adapter, or any PEFT adapter folder</source>
            <translation>L'adaptateur du run actuel, ou n'importe quel dossier d'adaptateur PEFT</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Adapter (PEFT format)</source>
            <translation>Adaptateur (format PEFT)</translation>
        </message>
        <message>
            <source>A small folder (adapter_config.json + adapter_model.safetensors) that Hugging Face PEFT loads unchanged on top of the base model.</source>
            <translation>Un petit dossier (adapter_config.json + adapter_model.safetensors) que Hugging Face PEFT charge tel quel au-dessus du modèle de base.</translation>
        </message>
        <message>
            <source>Save adapter…</source>
            <translation>Enregistrer l'adaptateur…</translation>
        </message>
        <message>
            <source>Merged model (Hugging Face folder)</source>
            <translation>Modèle fusionné (dossier Hugging Face)</translation>
        </message>
        <message>
            <source>The adapter folded into the base weights: a full model folder (config, safetensors shards, tokenizer) that transformers loads without PEFT. As large as the base model.</source>
            <translation>L'adaptateur intégré aux poids de base : un dossier de modèle complet (config, fragments safetensors, tokeniseur) que transformers charge sans PEFT. Aussi gros que le modèle de base.</translation>
        </message>
        <message>
            <source>Merge and save…</source>
            <translation>Fusionner et enregistrer…</translation>
        </message>
        <message>
            <source>Hugging Face Hub</source>
            <translation>Hugging Face Hub</translation>
        </message>
        <message>
            <source>Upload to the Hub…</source>
            <translation>Envoyer vers le Hub…</translation>
        </message>
        <message>
            <source>Choose a PEFT adapter folder</source>
            <translation>Choisir un dossier d'adaptateur PEFT</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Arrêté.</translation>
        </message>
        <message>
            <source>No adapter yet: train one in the Train step, or choose a folder.</source>
            <translation>Pas encore d'adaptateur : entraînez-en un à l'étape Entraînement, ou choisissez un dossier.</translation>
        </message>
        <message>
            <source>%1 is not a PEFT adapter folder (no adapter_config.json).</source>
            <translation>%1 n'est pas un dossier d'adaptateur PEFT (pas de adapter_config.json).</translation>
        </message>
        <message>
            <source>Choose the folder to save the adapter in</source>
            <translation>Choisissez le dossier où enregistrer l'adaptateur</translation>
        </message>
        <message>
            <source>Choose the folder to save the merged model in</source>
            <translation>Choisissez le dossier où enregistrer le modèle fusionné</translation>
        </message>
        <message>
            <source>Choose the base model in the Model step to merge the adapter into it.</source>
            <translation>Choisissez le modèle de base à l'étape Modèle pour y fusionner l'adaptateur.</translation>
        </message>
        <message>
            <source>GGUF for llama.cpp, Ollama and LM Studio</source>
            <translation>GGUF pour llama.cpp, Ollama et LM Studio</translation>
        </message>
        <message>
            <source>One file with the adapter merged in, full precision or quantized (Q8_0, Q4_K_M), with the tokenizer and the prompt format inside, plus an Ollama Modelfile.</source>
            <translation>Un seul fichier avec l'adaptateur fusionné, en pleine précision ou quantifié (Q8_0, Q4_K_M), contenant le tokeniseur et le format de prompt, plus un Modelfile Ollama.</translation>
        </message>
        <message>
            <source>Export GGUF…</source>
            <translation>Exporter en GGUF…</translation>
        </message>
        <message>
            <source>Put the adapter, with a model card made from the run, in a new or existing repository. Needs a network connection and a Hugging Face access token with write access (kept in the system keychain, never in a plain file).</source>
            <translation>Place l'adaptateur, avec une fiche de modèle tirée du run, dans un dépôt nouveau ou existant. Nécessite une connexion réseau et un jeton d'accès Hugging Face avec accès en écriture (gardé dans le trousseau du système, jamais dans un fichier en clair).</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Adapter map…</source>
            <translation>Carte de l'adaptateur…</translation>
        </message>
        <message>
            <source>Which layers this adapter changed and how much, as a heat map; compare it with another adapter</source>
            <translation>Quelles couches cet adaptateur a modifiées et de combien, en carte de chaleur ; comparez-le avec un autre adaptateur</translation>
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
            <translation>Générer des exemples</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <source>Who answers, and how: e.g. “You are a friendly support agent for a bicycle shop. Answer in two or three sentences.”</source>
            <translation>Qui répond, et comment : par ex. « Vous êtes un agent d'assistance aimable d'un magasin de vélos. Répondez en deux ou trois phrases. »</translation>
        </message>
        <message>
            <source>Persona:</source>
            <translation>Persona :</translation>
        </message>
        <message>
            <source>0 always picks the likeliest word; higher values give more varied text.</source>
            <translation>0 choisit toujours le mot le plus probable ; des valeurs plus élevées donnent un texte plus varié.</translation>
        </message>
        <message>
            <source>Temperature:</source>
            <translation>Température :</translation>
        </message>
        <message>
            <source>Max tokens:</source>
            <translation>Jetons max. :</translation>
        </message>
        <message>
            <source>Rows:</source>
            <translation>Lignes :</translation>
        </message>
        <message>
            <source>Where the text comes from</source>
            <translation>D'où vient le texte</translation>
        </message>
        <message>
            <source>The model in Falconry</source>
            <translation>Le modèle dans Falconry</translation>
        </message>
        <message>
            <source>(choose a model in the Model step first)</source>
            <translation>(choisissez d'abord un modèle à l'étape Modèle)</translation>
        </message>
        <message>
            <source>optional: a tuned adapter folder (runs/…/adapter)</source>
            <translation>facultatif : un dossier d'adaptateur entraîné (runs/…/adapter)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Choose an adapter folder</source>
            <translation>Choisir un dossier d'adaptateur</translation>
        </message>
        <message>
            <source>Adapter:</source>
            <translation>Adaptateur :</translation>
        </message>
        <message>
            <source>An OpenAI-compatible server (Ollama, llama.cpp, LM Studio, vLLM, a hosted service)</source>
            <translation>Un serveur compatible OpenAI (Ollama, llama.cpp, LM Studio, vLLM, un service hébergé)</translation>
        </message>
        <message>
            <source>The base URL ends in /v1, as OpenAI's own clients take it.</source>
            <translation>L'URL de base se termine par /v1, comme l'attendent les clients d'OpenAI.</translation>
        </message>
        <message>
            <source>Base URL:</source>
            <translation>URL de base :</translation>
        </message>
        <message>
            <source>List models</source>
            <translation>Lister les modèles</translation>
        </message>
        <message>
            <source>Model:</source>
            <translation>Modèle :</translation>
        </message>
        <message>
            <source>kept in the system keychain; local servers need none</source>
            <translation>conservée dans le trousseau du système ; les serveurs locaux n'en ont pas besoin</translation>
        </message>
        <message>
            <source>API key:</source>
            <translation>Clé d'API :</translation>
        </message>
        <message>
            <source>Stream the text as it is written</source>
            <translation>Afficher le texte au fur et à mesure</translation>
        </message>
        <message>
            <source>One topic per line, e.g.
returns and refunds
shipping times
sizing</source>
            <translation>Un sujet par ligne, par ex.
retours et remboursements
délais de livraison
tailles</translation>
        </message>
        <message>
            <source>Topics:</source>
            <translation>Sujets :</translation>
        </message>
        <message>
            <source>Take topics from a column…</source>
            <translation>Prendre les sujets d'une colonne…</translation>
        </message>
        <message>
            <source>{topic} is replaced by each topic; {variant} by the question's number for that topic.</source>
            <translation>{topic} est remplacé par chaque sujet ; {variant} par le numéro de la question pour ce sujet.</translation>
        </message>
        <message>
            <source>Instruction:</source>
            <translation>Consigne :</translation>
        </message>
        <message>
            <source>Questions per topic before the topics come round again.</source>
            <translation>Questions par sujet avant que les sujets ne reviennent.</translation>
        </message>
        <message>
            <source>Questions per topic:</source>
            <translation>Questions par sujet :</translation>
        </message>
        <message>
            <source>Topics × instruction</source>
            <translation>Sujets × consigne</translation>
        </message>
        <message>
            <source>Select the rows to imitate in the table first. New questions of the same kind are written; any too close to a row of the dataset is dropped.</source>
            <translation>Sélectionnez d'abord dans le tableau les lignes à imiter. De nouvelles questions du même genre sont écrites ; celles trop proches d'une ligne du jeu de données sont écartées.</translation>
        </message>
        <message numerus="yes">
            <source>%n selected row(s) are the examples. New questions of the same kind are written; any too close to a row of the dataset is dropped.</source>
            <translation>
                <numerusform>%n ligne(s) sélectionnée(s) servent d'exemples. De nouvelles questions du même genre sont écrites ; celles trop proches d'une ligne du jeu de données sont écartées.</numerusform>
                <numerusform>%n ligne(s) sélectionnée(s) servent d'exemples. De nouvelles questions du même genre sont écrites ; celles trop proches d'une ligne du jeu de données sont écartées.</numerusform>
            </translation>
        </message>
        <message>
            <source>More like these</source>
            <translation>Davantage de ce genre</translation>
        </message>
        <message>
            <source>Questions that a passage of these documents answers; the passage is kept with each row.</source>
            <translation>Des questions auxquelles répond un passage de ces documents ; le passage est conservé avec chaque ligne.</translation>
        </message>
        <message>
            <source>Add documents…</source>
            <translation>Ajouter des documents…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Add documents</source>
            <translation>Ajouter des documents</translation>
        </message>
        <message>
            <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.rst);;All files (*)</source>
            <translation>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.rst);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>From documents</source>
            <translation>À partir de documents</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message numerus="yes">
            <source>“Preview” writes the first %n result(s) so you can adjust the recipe; “Generate” writes them all. Rows land in the table marked “generated”, as one step you can undo.</source>
            <translation>
                <numerusform>« Aperçu » écrit les %n premier(s) résultat(s) pour ajuster la recette ; « Générer » les écrit tous. Les lignes arrivent dans le tableau marquées « generated », en une seule étape annulable.</numerusform>
                <numerusform>« Aperçu » écrit les %n premier(s) résultat(s) pour ajuster la recette ; « Générer » les écrit tous. Les lignes arrivent dans le tableau marquées « generated », en une seule étape annulable.</numerusform>
            </translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Générer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stops after the rows finished so far; they are kept.</source>
            <translation>S'arrête après les lignes déjà terminées ; elles sont conservées.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>An unfinished generation (%1 recipe) has %2 of %3 rows. Resume it, or discard it.</source>
            <translation>Une génération inachevée (recette %1) a %2 lignes sur %3. Reprenez-la ou abandonnez-la.</translation>
        </message>
        <message>
            <source>Asking %1 for its models…</source>
            <translation>Demande de ses modèles à %1…</translation>
        </message>
        <message>
            <source>Could not list the models: %1</source>
            <translation>Impossible de lister les modèles : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s) on the server.</source>
            <translation>
                <numerusform>%n modèle(s) sur le serveur.</numerusform>
                <numerusform>%n modèle(s) sur le serveur.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add at least one document.</source>
            <translation>Ajoutez au moins un document.</translation>
        </message>
        <message>
            <source>An unfinished generation is waiting: resume or discard it first.</source>
            <translation>Une génération inachevée attend : reprenez-la ou abandonnez-la d'abord.</translation>
        </message>
        <message>
            <source>Enter the server's model name, or press “List models”.</source>
            <translation>Saisissez le nom du modèle du serveur, ou cliquez sur « Lister les modèles ».</translation>
        </message>
        <message>
            <source>Choose a model in the Model step first, or use a server.</source>
            <translation>Choisissez d'abord un modèle à l'étape Modèle, ou utilisez un serveur.</translation>
        </message>
        <message>
            <source>Writing a preview…</source>
            <translation>Écriture d'un aperçu…</translation>
        </message>
        <message>
            <source>Generating…</source>
            <translation>Génération…</translation>
        </message>
        <message>
            <source>Stopping after the rows finished so far…</source>
            <translation>Arrêt après les lignes déjà terminées…</translation>
        </message>
        <message>
            <source>%1 / %2 rows</source>
            <translation>%1 / %2 lignes</translation>
        </message>
        <message>
            <source>%1 rows/s</source>
            <translation>%1 lignes/s</translation>
        </message>
        <message>
            <source>%1 rows/min</source>
            <translation>%1 lignes/min</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>environ %1 restant</translation>
        </message>
        <message numerus="yes">
            <source>%n resumed</source>
            <translation>
                <numerusform>%n reprise(s)</numerusform>
                <numerusform>%n reprise(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dropped as near duplicates</source>
            <translation>
                <numerusform>%n écartée(s) comme quasi-doublons</numerusform>
                <numerusform>%n écartée(s) comme quasi-doublons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preview: %n row(s). Adjust the recipe, or press “Generate” for all of them.</source>
            <translation>
                <numerusform>Aperçu : %n ligne(s). Ajustez la recette, ou cliquez sur « Générer » pour toutes.</numerusform>
                <numerusform>Aperçu : %n ligne(s). Ajustez la recette, ou cliquez sur « Générer » pour toutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped: %n finished row(s) were added to the table.</source>
            <translation>
                <numerusform>Arrêté : %n ligne(s) terminée(s) ajoutée(s) au tableau.</numerusform>
                <numerusform>Arrêté : %n ligne(s) terminée(s) ajoutée(s) au tableau.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %n row(s) were added to the table, marked “generated”.</source>
            <translation>
                <numerusform>Terminé : %n ligne(s) ajoutée(s) au tableau, marquée(s) « generated ».</numerusform>
                <numerusform>Terminé : %n ligne(s) ajoutée(s) au tableau, marquée(s) « generated ».</numerusform>
            </translation>
        </message>
        <message>
            <source>Fewer than asked: too many questions were near duplicates — add topics or raise the temperature.</source>
            <translation>Moins que demandé : trop de questions étaient des quasi-doublons — ajoutez des sujets ou augmentez la température.</translation>
        </message>
        <message numerus="yes">
            <source>The %n finished row(s) are kept: resume when the problem is solved.</source>
            <translation>
                <numerusform>Les %n ligne(s) terminée(s) sont conservées : reprenez une fois le problème résolu.</numerusform>
                <numerusform>Les %n ligne(s) terminée(s) sont conservées : reprenez une fois le problème résolu.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::GenerationController</name>
        <message>
            <source>No engine to run the model on</source>
            <translation>Aucun moteur pour exécuter le modèle</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>Chargement du modèle…</translation>
        </message>
        <message>
            <source>Generation finished</source>
            <translation>Génération terminée</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::GgufExportDialog</name>
        <message>
            <source>Export GGUF</source>
            <translation>Exporter en GGUF</translation>
        </message>
        <message>
            <source>One file with the adapter merged into the base model, for llama.cpp, Ollama and LM Studio. The tokenizer and the prompt format travel inside it.</source>
            <translation>Un seul fichier avec l'adaptateur fusionné dans le modèle de base, pour llama.cpp, Ollama et LM Studio. Le tokeniseur et le format de prompt sont inclus dedans.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <source>Q4_K_M: smallest that stays good (about 4.9 bits per weight)</source>
            <translation>Q4_K_M : le plus petit qui reste bon (environ 4,9 bits par poids)</translation>
        </message>
        <message>
            <source>Q8_0: near-lossless, half of F16 (8.5 bits per weight)</source>
            <translation>Q8_0 : quasiment sans perte, moitié de F16 (8,5 bits par poids)</translation>
        </message>
        <message>
            <source>F16: full quality (16 bits per weight)</source>
            <translation>F16 : qualité complète (16 bits par poids)</translation>
        </message>
        <message>
            <source>BF16: full quality, the training precision (16 bits)</source>
            <translation>BF16 : qualité complète, la précision de l'entraînement (16 bits)</translation>
        </message>
        <message>
            <source>Q4_0: small, older format (4.5 bits per weight)</source>
            <translation>Q4_0 : petit, format plus ancien (4,5 bits par poids)</translation>
        </message>
        <message>
            <source>F32: exact, twice the size of F16</source>
            <translation>F32 : exact, deux fois la taille de F16</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type :</translation>
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
            <translation>Texte brut</translation>
        </message>
        <message>
            <source>None (no chat template)</source>
            <translation>Aucun (pas de modèle de chat)</translation>
        </message>
        <message>
            <source>Prompt format:</source>
            <translation>Format de prompt :</translation>
        </message>
        <message>
            <source>Also write an Ollama Modelfile beside it</source>
            <translation>Écrire aussi un Modelfile Ollama à côté</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Save the GGUF as</source>
            <translation>Enregistrer le GGUF sous</translation>
        </message>
        <message>
            <source>GGUF models (*.gguf)</source>
            <translation>Modèles GGUF (*.gguf)</translation>
        </message>
        <message>
            <source>About a third of F16. Falcon's layers use a mix: some with 5 or 6 bits, as llama.cpp's own Q4_K_M.</source>
            <translation>Environ un tiers de F16. Les couches de Falcon utilisent un mélange : certaines en 5 ou 6 bits, comme le Q4_K_M de llama.cpp lui-même.</translation>
        </message>
        <message>
            <source>Answers are almost always the same as the model's own.</source>
            <translation>Les réponses sont presque toujours les mêmes que celles du modèle d'origine.</translation>
        </message>
        <message>
            <source>Afterwards, run it in Ollama from a terminal in %1:
    ollama create %2 -f Modelfile</source>
            <translation>Ensuite, exécutez-le dans Ollama depuis un terminal dans %1 :
    ollama create %2 -f Modelfile</translation>
        </message>
        <message>
            <source>Open the file in LM Studio, or run it with llama.cpp: llama-cli -m %1</source>
            <translation>Ouvrez le fichier dans LM Studio, ou exécutez-le avec llama.cpp : llama-cli -m %1</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::HubDownloadBox</name>
        <message>
            <source>Download from the Hugging Face Hub</source>
            <translation>Télécharger depuis le Hugging Face Hub</translation>
        </message>
        <message>
            <source>organisation/model, e.g. tiiuae/falcon-7b-instruct</source>
            <translation>organisation/modèle, p. ex. tiiuae/falcon-7b-instruct</translation>
        </message>
        <message>
            <source>Download…</source>
            <translation>Télécharger…</translation>
        </message>
        <message>
            <source>Shows the size and the memory plan first; the files go into the Hugging Face cache, where transformers finds them too.</source>
            <translation>Affiche d'abord la taille et le plan mémoire ; les fichiers vont dans le cache Hugging Face, où transformers les trouve aussi.</translation>
        </message>
        <message>
            <source>Asking the Hub about %1…</source>
            <translation>Interrogation du Hub sur %1…</translation>
        </message>
        <message>
            <source>%1 is downloaded and listed under "In the Hugging Face cache".</source>
            <translation>%1 est téléchargé et figure sous « Dans le cache Hugging Face ».</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>Téléchargement…</translation>
        </message>
        <message>
            <source>1 file</source>
            <translation>1 fichier</translation>
        </message>
        <message>
            <source>%1 files</source>
            <translation>%1 fichiers</translation>
        </message>
        <message>
            <source>%1 (commit %2): %3, %4</source>
            <translation>%1 (commit %2) : %3, %4</translation>
        </message>
        <message>
            <source>, of which %1 are already on this machine</source>
            <translation>, dont %1 déjà sur cette machine</translation>
        </message>
        <message>
            <source>. Free disk space: %1.</source>
            <translation>. Espace disque libre : %1.</translation>
        </message>
        <message>
            <source>Licence: %1.</source>
            <translation>Licence : %1.</translation>
        </message>
        <message>
            <source>This model is gated: accept its licence on its Hub page and sign in first.</source>
            <translation>Ce modèle est à accès restreint : acceptez d'abord sa licence sur sa page du Hub et connectez-vous.</translation>
        </message>
        <message>
            <source>A LoRA run of it (bf16, 512 tokens, batch 1) needs about %1 of memory; %2 are free: it fits.</source>
            <translation>Un run LoRA de ce modèle (bf16, 512 jetons, lot de 1) a besoin d'environ %1 de mémoire ; %2 sont libres : il tient.</translation>
        </message>
        <message>
            <source>A LoRA run in bf16 needs about %1, more than the %2 free; with a 4-bit base (QLoRA) it needs %3 and fits.</source>
            <translation>Un run LoRA en bf16 a besoin d'environ %1, plus que les %2 libres ; avec une base 4 bits (QLoRA), il a besoin de %3 et tient.</translation>
        </message>
        <message>
            <source>A run of it needs about %1 (QLoRA: %2), more than the %3 free on this machine.</source>
            <translation>Un run de ce modèle a besoin d'environ %1 (QLoRA : %2), plus que les %3 libres sur cette machine.</translation>
        </message>
        <message>
            <source>Not enough free disk space: free %1 more, or set HF_HUB_CACHE to a larger disk.</source>
            <translation>Espace disque libre insuffisant : libérez encore %1, ou faites pointer HF_HUB_CACHE vers un disque plus grand.</translation>
        </message>
        <message>
            <source>Download %1?</source>
            <translation>Télécharger %1 ?</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ImportWizard</name>
        <message>
            <source>Import a dataset</source>
            <translation>Importer un jeu de données</translation>
        </message>
        <message>
            <source>Source file</source>
            <translation>Fichier source</translation>
        </message>
        <message>
            <source>CSV, TSV, JSON, JSONL or plain text. The file is only read: Falconry works on its own copy.</source>
            <translation>CSV, TSV, JSON, JSONL ou texte brut. Le fichier est seulement lu : Falconry travaille sur sa propre copie.</translation>
        </message>
        <message>
            <source>Choose a file, or drop one on the window</source>
            <translation>Choisissez un fichier ou déposez-le sur la fenêtre</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Détecter</translation>
        </message>
        <message>
            <source>File format:</source>
            <translation>Format du fichier :</translation>
        </message>
        <message>
            <source>Skip bad rows and list them</source>
            <translation>Ignorer les lignes invalides et les lister</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.tsv *.json *.jsonl *.ndjson *.txt);;All files (*)</source>
            <translation>Jeux de données (*.csv *.tsv *.json *.jsonl *.ndjson *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Roles and template</source>
            <translation>Rôles et modèle de prompt</translation>
        </message>
        <message>
            <source>Which column is the question and which the answer, and how the model sees them. Green tokens are trained, grey ones are the prompt (masked).</source>
            <translation>Quelle colonne est la question, laquelle la réponse, et comment le modèle les voit. Les jetons verts sont entraînés, les gris forment l'invite (masquée).</translation>
        </message>
        <message>
            <source>As detected</source>
            <translation>Comme détecté</translation>
        </message>
        <message>
            <source>Rows look like:</source>
            <translation>Les lignes ressemblent à :</translation>
        </message>
        <message>
            <source>System:</source>
            <translation>Système :</translation>
        </message>
        <message>
            <source>User / instruction:</source>
            <translation>Utilisateur / instruction :</translation>
        </message>
        <message>
            <source>Input / context:</source>
            <translation>Entrée / contexte :</translation>
        </message>
        <message>
            <source>Assistant / answer:</source>
            <translation>Assistant / réponse :</translation>
        </message>
        <message>
            <source>Text (trained as is):</source>
            <translation>Texte (entraîné tel quel) :</translation>
        </message>
        <message>
            <source>Conversation:</source>
            <translation>Conversation :</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Modèle :</translation>
        </message>
        <message>
            <source>Q: {question}\nA: {answer}</source>
            <translation>Q : {question}\nR : {answer}</translation>
        </message>
        <message>
            <source>Custom:</source>
            <translation>Personnalisé :</translation>
        </message>
        <message>
            <source>Answers only</source>
            <translation>Réponses seulement</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>Train on:</source>
            <translation>Entraîner sur :</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Lecture de %1…</translation>
        </message>
        <message>
            <source>&lt;b&gt;The file could not be read.&lt;/b&gt; %1&lt;br&gt;Fix the file, choose another format, or tick “Skip bad rows” to import the rest.</source>
            <translation>&lt;b&gt;Le fichier n'a pas pu être lu.&lt;/b&gt; %1&lt;br&gt;Corrigez le fichier, choisissez un autre format ou cochez « Ignorer les lignes invalides » pour importer le reste.</translation>
        </message>
        <message numerus="yes">
            <source>Read %n row(s) as %1 (%2), columns: %3.</source>
            <translation>
                <numerusform>%n ligne lue en %1 (%2), colonnes : %3.</numerusform>
                <numerusform>%n lignes lues en %1 (%2), colonnes : %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped, line %1, column %2: %3</source>
            <translation>Ignorée, ligne %1, colonne %2 : %3</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <source>Invalid text, line %1, column %2: %3</source>
            <translation>Texte invalide, ligne %1, colonne %2 : %3</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Detected: %1&lt;/b&gt; (confidence %2%)%3</source>
            <translation>&lt;b&gt;Détecté : %1&lt;/b&gt; (confiance %2 %)%3</translation>
        </message>
        <message>
            <source>, multi-turn</source>
            <translation>, multi-tours</translation>
        </message>
        <message>
            <source>No model chosen: showing prompt and answer parts without token boundaries.</source>
            <translation>Aucun modèle choisi : invite et réponse affichées sans limites de jetons.</translation>
        </message>
        <message>
            <source>Row %1</source>
            <translation>Ligne %1</translation>
        </message>
        <message>
            <source>%1 — %2 tokens, %3 trained</source>
            <translation>%1 — %2 jetons, %3 entraînés</translation>
        </message>
        <message>
            <source>These roles are right</source>
            <translation>Ces rôles sont corrects</translation>
        </message>
        <message>
            <source>&lt;b&gt;Check the roles:&lt;/b&gt; Falconry guessed them from the columns' names and text with only %1 % confidence (%2). Choose the columns that hold the question and the answer, or tick the box if the guess is right.</source>
            <translation>&lt;b&gt;Vérifiez les rôles :&lt;/b&gt; Falconry les a devinés d'après les noms et le texte des colonnes avec seulement %1 % de confiance (%2). Choisissez les colonnes de la question et de la réponse, ou cochez la case si la supposition est juste.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::KnowledgePage</name>
        <message>
            <source>A knowledge base gives the model facts to quote: manuals, price lists, policies. Passages that match a question are put in front of it, numbered, and the answer cites them as [1], [2]. Nothing is trained; change a document and import it again.</source>
            <translation>Une base de connaissances donne au modèle des faits à citer : manuels, listes de prix, règles. Les passages qui correspondent à une question sont placés devant elle, numérotés, et la réponse les cite comme [1], [2]. Rien n'est entraîné ; modifiez un document et réimportez-le.</translation>
        </message>
        <message>
            <source>Knowledge base file…</source>
            <translation>Fichier de base de connaissances…</translation>
        </message>
        <message>
            <source>Open or create another knowledge base (one .sqlite file per knowledge base)</source>
            <translation>Ouvrir ou créer une autre base de connaissances (un fichier .sqlite par base)</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>Passages</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Drop files or folders here: text, Markdown, HTML, PDF, CSV or JSONL.</source>
            <translation>Déposez ici des fichiers ou des dossiers : texte, Markdown, HTML, PDF, CSV ou JSONL.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Ajouter des fichiers…</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Ajouter un dossier…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the selected documents and their passages from the knowledge base (the files stay)</source>
            <translation>Retirer de la base les documents sélectionnés et leurs passages (les fichiers restent)</translation>
        </message>
        <message>
            <source>Search the passages</source>
            <translation>Rechercher dans les passages</translation>
        </message>
        <message>
            <source>Ask a question or type words, then press Enter</source>
            <translation>Posez une question ou tapez des mots, puis appuyez sur Entrée</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop the import; the file being imported is left as it was</source>
            <translation>Arrêter l'importation ; le fichier en cours reste tel qu'il était</translation>
        </message>
        <message>
            <source>Wait for the import to finish or cancel it first.</source>
            <translation>Attendez la fin de l'importation ou annulez-la d'abord.</translation>
        </message>
        <message>
            <source>This knowledge base cannot be opened: %1</source>
            <translation>Cette base de connaissances ne peut pas être ouverte : %1</translation>
        </message>
        <message>
            <source>Knowledge base: %1</source>
            <translation>Base de connaissances : %1</translation>
        </message>
        <message>
            <source>%1
%2 bytes, imported %3</source>
            <translation>%1
%2 octets, importé le %3</translation>
        </message>
        <message>
            <source>No documents yet. Drop files or folders here, or click Add files.</source>
            <translation>Aucun document pour l'instant. Déposez des fichiers ou des dossiers ici, ou cliquez sur Ajouter des fichiers.</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s), %1 passages.</source>
            <translation>
                <numerusform>%n document(s), %1 passages.</numerusform>
                <numerusform>%n document(s), %1 passages.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Lecture…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>The import could not run: %1</source>
            <translation>L'importation n'a pas pu s'exécuter : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) added</source>
            <translation>
                <numerusform>%n document(s) ajouté(s)</numerusform>
                <numerusform>%n document(s) ajouté(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed document(s) replaced</source>
            <translation>
                <numerusform>%n document(s) modifié(s) remplacé(s)</numerusform>
                <numerusform>%n document(s) modifié(s) remplacé(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n inchangé(s)</numerusform>
                <numerusform>%n inchangé(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>cancelled (the file being imported was left as it was)</source>
            <translation>annulé (le fichier en cours est resté tel qu'il était)</translation>
        </message>
        <message numerus="yes">
            <source>%n could not be imported:</source>
            <translation>
                <numerusform>%n n'a (ont) pas pu être importé(s) :</numerusform>
                <numerusform>%n n'a (ont) pas pu être importé(s) :</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 passages in the knowledge base.</source>
            <translation>%1 passages dans la base de connaissances.</translation>
        </message>
        <message>
            <source>%1 is not in this knowledge base.</source>
            <translation>%1 n'est pas dans cette base de connaissances.</translation>
        </message>
        <message>
            <source>&lt;p&gt;No passage contains these words. Try other words, or import the document that answers it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Aucun passage ne contient ces mots. Essayez d'autres mots, ou importez le document qui y répond.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>page %1</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>ligne %1</translation>
        </message>
        <message>
            <source>score %1</source>
            <translation>score %1</translation>
        </message>
        <message>
            <source>Add documents</source>
            <translation>Ajouter des documents</translation>
        </message>
        <message>
            <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.csv *.tsv *.jsonl);;All files (*)</source>
            <translation>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.csv *.tsv *.jsonl);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Add every document of a folder</source>
            <translation>Ajouter tous les documents d'un dossier</translation>
        </message>
        <message>
            <source>Open or create a knowledge base</source>
            <translation>Ouvrir ou créer une base de connaissances</translation>
        </message>
        <message>
            <source>Knowledge base (*.sqlite)</source>
            <translation>Base de connaissances (*.sqlite)</translation>
        </message>
        <message>
            <source>Knowledge base</source>
            <translation>Base de connaissances</translation>
        </message>
        <message>
            <source>&lt;b&gt;Demo:&lt;/b&gt; build a knowledge base from the Aerie feeder's manual, then ask Compare about the feeder with the knowledge base, or run the strategy check on 42 questions about it.</source>
            <translation>&lt;b&gt;Démo :&lt;/b&gt; construisez une base de connaissances à partir du manuel de la mangeoire Aerie, puis interrogez Comparer sur la mangeoire avec la base de connaissances, ou lancez la vérification des stratégies sur 42 questions à son sujet.</translation>
        </message>
        <message>
            <source>Build from the demo manual</source>
            <translation>Construire à partir du manuel de démo</translation>
        </message>
        <message>
            <source>Strategy check…</source>
            <translation>Vérification des stratégies…</translation>
        </message>
        <message>
            <source>Ask your questions four ways (base, base + knowledge base, tuned, tuned + knowledge base) and count the answers that contain the right fact</source>
            <translation>Poser vos questions de quatre façons (base, base + base de connaissances, affiné, affiné + base de connaissances) et compter les réponses qui contiennent le bon fait</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::LocalTrainRun</name>
        <message>
            <source>A run is already in progress.</source>
            <translation>Un run est déjà en cours.</translation>
        </message>
        <message>
            <source>falconry-cli was not found beside Falconry (%1) nor on the PATH; it runs the local processes.</source>
            <translation>falconry-cli est introuvable à côté de Falconry (%1) comme dans le PATH ; c'est lui qui exécute les processus locaux.</translation>
        </message>
        <message>
            <source>falconry-cli could not be started: %1</source>
            <translation>falconry-cli n'a pas pu être démarré : %1</translation>
        </message>
        <message>
            <source>Running %1 %2</source>
            <translation>Exécution de %1 %2</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>Run %1 after %2 steps, final loss %3.</source>
            <translation>Run %1 après %2 pas, perte finale %3.</translation>
        </message>
        <message>
            <source>falconry-cli was ended by a signal.</source>
            <translation>falconry-cli a été arrêté par un signal.</translation>
        </message>
        <message>
            <source>falconry-cli exited with status %1.</source>
            <translation>falconry-cli s'est terminé avec le code %1.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::LossChart</name>
        <message>
            <source>Loss</source>
            <translation>Perte</translation>
        </message>
        <message>
            <source>train (raw)</source>
            <translation>entraînement (brut)</translation>
        </message>
        <message>
            <source>train (smoothed)</source>
            <translation>entraînement (lissé)</translation>
        </message>
        <message>
            <source>eval</source>
            <translation>évaluation</translation>
        </message>
        <message>
            <source>step</source>
            <translation>pas</translation>
        </message>
        <message>
            <source>Learning rate and speed</source>
            <translation>Taux d'apprentissage et vitesse</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>taux d'apprentissage</translation>
        </message>
        <message>
            <source>tokens/s</source>
            <translation>jetons/s</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::MemoryBar</name>
        <message>
            <source>Needs %1</source>
            <translation>Nécessite %1</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ModelPage</name>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>On this machine</source>
            <translation>Sur cette machine</translation>
        </message>
        <message>
            <source>Open folder…</source>
            <translation>Ouvrir un dossier…</translation>
        </message>
        <message>
            <source>Any Falcon-architecture Hugging Face folder: config.json, *.safetensors and a tokenizer</source>
            <translation>N'importe quel dossier Hugging Face d'architecture Falcon : config.json, *.safetensors et un tokeniseur</translation>
        </message>
        <message>
            <source>Look in the Hugging Face cache again</source>
            <translation>Chercher à nouveau dans le cache Hugging Face</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>Utiliser ce modèle</translation>
        </message>
        <message>
            <source>What a LoRA run needs</source>
            <translation>Ce dont un run LoRA a besoin</translation>
        </message>
        <message>
            <source>bf16 base (LoRA)</source>
            <translation>Base bf16 (LoRA)</translation>
        </message>
        <message>
            <source>4-bit NF4 base (QLoRA)</source>
            <translation>Base NF4 4 bits (QLoRA)</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> jetons</translation>
        </message>
        <message>
            <source>Gradient checkpointing</source>
            <translation>Gradient checkpointing</translation>
        </message>
        <message>
            <source>Recomputes activations in the backward pass: much less memory, about 30 % slower.</source>
            <translation>Recalcule les activations pendant la rétropropagation : beaucoup moins de mémoire, environ 30 % plus lent.</translation>
        </message>
        <message>
            <source>Base weights:</source>
            <translation>Poids de base :</translation>
        </message>
        <message>
            <source>Max length:</source>
            <translation>Longueur max. :</translation>
        </message>
        <message>
            <source>Batch size:</source>
            <translation>Taille de lot :</translation>
        </message>
        <message>
            <source>LoRA rank:</source>
            <translation>Rang LoRA :</translation>
        </message>
        <message>
            <source>Falcon models</source>
            <translation>Modèles Falcon</translation>
        </message>
        <message>
            <source>In the Hugging Face cache</source>
            <translation>Dans le cache Hugging Face</translation>
        </message>
        <message>
            <source>Opened folders</source>
            <translation>Dossiers ouverts</translation>
        </message>
        <message>
            <source>none found in %1</source>
            <translation>aucun trouvé dans %1</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>utilisé</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>not bundled in this build</source>
            <translation>non fourni dans cette version</translation>
        </message>
        <message>
            <source>not downloaded</source>
            <translation>non téléchargé</translation>
        </message>
        <message>
            <source>No model chosen</source>
            <translation>Aucun modèle choisi</translation>
        </message>
        <message>
            <source>Pick a model on the left or open a folder.</source>
            <translation>Choisissez un modèle à gauche ou ouvrez un dossier.</translation>
        </message>
        <message>
            <source>%1 parameters</source>
            <translation>%1 paramètres</translation>
        </message>
        <message>
            <source>licence: %1</source>
            <translation>licence : %1</translation>
        </message>
        <message>
            <source>context %1 tokens</source>
            <translation>contexte %1 jetons</translation>
        </message>
        <message>
            <source>The demo model is not bundled in this build of Falconry.</source>
            <translation>Le modèle de démonstration n'est pas fourni dans cette version de Falconry.</translation>
        </message>
        <message>
            <source>On disk at %1, but it cannot be used: %2</source>
            <translation>Sur le disque dans %1, mais inutilisable : %2</translation>
        </message>
        <message>
            <source>On disk at %1</source>
            <translation>Sur le disque dans %1</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Utilisé</translation>
        </message>
        <message>
            <source>This folder cannot be used</source>
            <translation>Ce dossier est inutilisable</translation>
        </message>
        <message>
            <source>Open a Falcon model folder</source>
            <translation>Ouvrir un dossier de modèle Falcon</translation>
        </message>
        <message>
            <source>%1 layers, hidden %2, %3 heads, vocabulary %4</source>
            <translation>%1 couches, dimension %2, %3 têtes, vocabulaire %4</translation>
        </message>
        <message>
            <source>RAM %1</source>
            <translation>RAM %1</translation>
        </message>
        <message>
            <source>Size unknown until the model's config.json is on disk.</source>
            <translation>Taille inconnue tant que le config.json du modèle n'est pas sur le disque.</translation>
        </message>
        <message>
            <source>✔ Fits: needs %1 of the %2 free.</source>
            <translation>✔ Tient : nécessite %1 sur les %2 libres.</translation>
        </message>
        <message>
            <source>The weights fit: %1 of the %2 free.</source>
            <translation>Les poids tiennent : %1 sur les %2 libres.</translation>
        </message>
        <message>
            <source>✘ Does not fit in bf16 (%1 needed, %2 free) — fits with a 4-bit NF4 base (%3).</source>
            <translation>✘ Ne tient pas en bf16 (%1 nécessaires, %2 libres) — tient avec une base NF4 4 bits (%3).</translation>
        </message>
        <message>
            <source>✘ Does not fit: %1 needed, %2 free. A smaller model (Falcon-7B or Falcon-RW-1B), a shorter max length or a machine with more memory would make it fit.</source>
            <translation>✘ Ne tient pas : %1 nécessaires, %2 libres. Un modèle plus petit (Falcon-7B ou Falcon-RW-1B), une longueur max. plus courte ou une machine avec plus de mémoire le permettraient.</translation>
        </message>
        <message>
            <source>Start the demo</source>
            <translation>Lancer la démo</translation>
        </message>
        <message>
            <source>&lt;b&gt;New to Falconry?&lt;/b&gt; Try the demo: a small Falcon model and a support-agent dataset that come with Falconry. Its "Quick test" run takes a few minutes on a fast computer and 10 or more on a slow or busy one (the Train page shows the time elapsed and left), then Compare shows the base and the tuned model side by side.</source>
            <translation>&lt;b&gt;Nouveau sur Falconry ?&lt;/b&gt; Essayez la démo : un petit modèle Falcon et un jeu de données de support fournis avec Falconry. Son « Test rapide » prend quelques minutes sur un ordinateur rapide et 10 ou plus sur un ordinateur lent ou occupé (la page Entraînement affiche le temps écoulé et restant), puis Comparer montre le modèle de base et le modèle ajusté côte à côte.</translation>
        </message>
        <message>
            <source>Training time: estimated once a dataset is chosen in the Data step.</source>
            <translation>Durée d'entraînement : estimée dès qu'un jeu de données est choisi à l'étape Données.</translation>
        </message>
        <message>
            <source>Training time: counting the tokens of the chosen data…</source>
            <translation>Durée d'entraînement : comptage des jetons des données choisies…</translation>
        </message>
        <message>
            <source>Training time: the chosen data cannot be read with this model's tokenizer (%1).</source>
            <translation>Durée d'entraînement : les données choisies ne peuvent pas être lues avec le tokenizer de ce modèle (%1).</translation>
        </message>
        <message>
            <source>Training time: estimated once the model is on disk (its tokenizer counts the data's tokens).</source>
            <translation>Durée d'entraînement : estimée dès que le modèle est sur le disque (son tokenizer compte les jetons des données).</translation>
        </message>
        <message>
            <source>one epoch of the chosen data (%1 rows, %2 tokens at max length %3)</source>
            <translation>une époque des données choisies (%1 lignes, %2 jetons à la longueur max. %3)</translation>
        </message>
        <message>
            <source>Training time for %1: measuring this computer's speed…</source>
            <translation>Durée d'entraînement pour %1 : mesure de la vitesse de cet ordinateur…</translation>
        </message>
        <message>
            <source>under a minute</source>
            <translation>moins d'une minute</translation>
        </message>
        <message numerus="yes">
            <source>about %n min</source>
            <translation>
                <numerusform>environ %n min</numerusform>
                <numerusform>environ %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>about %1 h</source>
            <translation>environ %1 h</translation>
        </message>
        <message>
            <source>Training time for %1: %2, at %3 tokens/s measured on this computer (run %4).</source>
            <translation>Durée d'entraînement pour %1 : %2, à %3 jetons/s mesurés sur cet ordinateur (run %4).</translation>
        </message>
        <message>
            <source>Training time for %1: %2, at about %3 tokens/s estimated from this computer's measured matrix speed (a rough figure; the first run here measures the real one, and the Train page shows the time left).</source>
            <translation>Durée d'entraînement pour %1 : %2, à environ %3 jetons/s estimés d'après la vitesse matricielle mesurée de cet ordinateur (une valeur approximative ; le premier run ici mesure la vraie, et la page Entraînement affiche le temps restant).</translation>
        </message>
        <message>
            <source>Not on this machine: download %1 from the Hugging Face Hub below, or put its Hugging Face folder on disk and use "Open folder…".</source>
            <translation>Absent de cette machine : téléchargez %1 depuis le Hugging Face Hub ci-dessous, ou placez son dossier Hugging Face sur le disque et utilisez « Ouvrir un dossier… ».</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ProbePanel</name>
        <message>
            <source>Probe prompts</source>
            <translation>Prompts témoins</translation>
        </message>
        <message>
            <source>Answer probe prompts at every checkpoint</source>
            <translation>Répondre aux prompts témoins à chaque point de contrôle</translation>
        </message>
        <message>
            <source>The base model answers once, then every checkpoint as it is written (greedy, between training steps, on the weights already loaded). The Probes tab shows how the answers change. Each round costs a short generation: seconds on small models, longer on 7B.</source>
            <translation>Le modèle de base répond une fois, puis chaque point de contrôle dès qu'il est écrit (glouton, entre les pas d'entraînement, sur les poids déjà chargés). L'onglet « Prompts témoins » montre comment les réponses évoluent. Chaque tour coûte une courte génération : quelques secondes sur les petits modèles, davantage sur un 7B.</translation>
        </message>
        <message>
            <source>One prompt per line, as a user would ask it.
Empty: the first three held-out examples of the dataset, with their answers as the reference.</source>
            <translation>Un prompt par ligne, tel qu'un utilisateur le poserait.
Vide : les trois premiers exemples mis de côté du jeu de données, avec leurs réponses comme référence.</translation>
        </message>
        <message>
            <source>New tokens per answer at most. 32–128; longer answers cost more time at each checkpoint.</source>
            <translation>Nombre maximal de nouveaux jetons par réponse. 32–128 ; des réponses plus longues coûtent plus de temps à chaque point de contrôle.</translation>
        </message>
        <message>
            <source>Answer length:</source>
            <translation>Longueur des réponses :</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ProbeTimeline</name>
        <message>
            <source>Base model</source>
            <translation>Modèle de base</translation>
        </message>
        <message>
            <source>Checkpoint at step %1</source>
            <translation>Point de contrôle au pas %1</translation>
        </message>
        <message>
            <source>Final adapter (step %1)</source>
            <translation>Adaptateur final (pas %1)</translation>
        </message>
        <message>
            <source>Choose a run under "Runs", or start one: its probe answers appear here.</source>
            <translation>Choisissez un run sous « Runs », ou lancez-en un : ses réponses aux prompts témoins apparaissent ici.</translation>
        </message>
        <message>
            <source>No probe answers in this run yet. They are written when the base model has answered and at every checkpoint (turn them on under "Probe prompts").</source>
            <translation>Pas encore de réponses aux prompts témoins dans ce run. Elles sont écrites quand le modèle de base a répondu, puis à chaque point de contrôle (activez-les sous « Prompts témoins »).</translation>
        </message>
        <message numerus="yes">
            <source>%n prompt(s) answered by %1 model(s); the answers took %2 in all</source>
            <translation>
                <numerusform>%1 modèle(s) ont répondu à %n prompt ; les réponses ont pris %2 au total</numerusform>
                <numerusform>%1 modèle(s) ont répondu à %n prompts ; les réponses ont pris %2 au total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n prompt(s) answered by %1 model(s); the answers took %2 s in all</source>
            <translation>
                <numerusform>%1 modèle(s) ont répondu à %n prompt ; les réponses ont pris %2 s au total</numerusform>
                <numerusform>%1 modèle(s) ont répondu à %n prompts ; les réponses ont pris %2 s au total</numerusform>
            </translation>
        </message>
        <message>
            <source> (%1 % of the run's %2).</source>
            <translation> (%1 % des %2 du run).</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>inchangé</translation>
        </message>
        <message>
            <source>(no answer: the model ended at once)</source>
            <translation>(pas de réponse : le modèle s'est arrêté aussitôt)</translation>
        </message>
        <message>
            <source>Reference answer (from the dataset)</source>
            <translation>Réponse de référence (du jeu de données)</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::QualityPanel</name>
        <message>
            <source>Exact duplicates</source>
            <translation>Doublons exacts</translation>
        </message>
        <message>
            <source>Near duplicates</source>
            <translation>Quasi-doublons</translation>
        </message>
        <message>
            <source>Empty field</source>
            <translation>Champ vide</translation>
        </message>
        <message>
            <source>Longer than max length</source>
            <translation>Plus long que la longueur max.</translation>
        </message>
        <message>
            <source>Very short</source>
            <translation>Très court</translation>
        </message>
        <message>
            <source>Train/eval overlap</source>
            <translation>Chevauchement entraînement/évaluation</translation>
        </message>
        <message>
            <source>Invalid text</source>
            <translation>Texte invalide</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>Max length</source>
            <translation>Longueur max.</translation>
        </message>
        <message>
            <source>tokens per row</source>
            <translation>jetons par ligne</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>lignes</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <source>Drop exact duplicates</source>
            <translation>Supprimer les doublons exacts</translation>
        </message>
        <message>
            <source>Drop empty rows</source>
            <translation>Supprimer les lignes vides</translation>
        </message>
        <message>
            <source>Trim whitespace</source>
            <translation>Supprimer les espaces</translation>
        </message>
        <message>
            <source>What the model sees</source>
            <translation>Ce que voit le modèle</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Rôles :</translation>
        </message>
        <message>
            <source>Q: {question}\nA: {answer}</source>
            <translation>Q : {question}\nR : {answer}</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Modèle :</translation>
        </message>
        <message>
            <source>Answers only</source>
            <translation>Réponses seulement</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>cut the end</source>
            <translation>couper la fin</translation>
        </message>
        <message>
            <source>cut the start</source>
            <translation>couper le début</translation>
        </message>
        <message>
            <source>Max length:</source>
            <translation>Longueur max. :</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>graine</translation>
        </message>
        <message>
            <source>Eval split:</source>
            <translation>Part d'évaluation :</translation>
        </message>
        <message>
            <source>No tokenizer: choose a model on the Model page to count tokens.</source>
            <translation>Aucun tokeniseur : choisissez un modèle sur la page Modèle pour compter les jetons.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 rows&lt;/b&gt;, %2 tokens · mean %3 · p50 %4 · p90 %5 · p99 %6 · max %7</source>
            <translation>&lt;b&gt;%1 lignes&lt;/b&gt;, %2 jetons · moyenne %3 · p50 %4 · p90 %5 · p99 %6 · max %7</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cut at max length %1</source>
            <translation>
                <numerusform>%n ligne coupée à la longueur max. %1</numerusform>
                <numerusform>%n lignes coupées à la longueur max. %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n multi-turn</source>
            <translation>
                <numerusform> · %n multi-tours</numerusform>
                <numerusform> · %n multi-tours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) could not be rendered: %1</source>
            <translation>
                <numerusform>%n ligne n'a pas pu être rendue : %1</numerusform>
                <numerusform>%n lignes n'ont pas pu être rendues : %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n row(s): %2</source>
            <translation>
                <numerusform>%1 — %n ligne : %2</numerusform>
                <numerusform>%1 — %n lignes : %2</numerusform>
            </translation>
        </message>
        <message>
            <source>No findings.</source>
            <translation>Aucun constat.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::RunClock</name>
        <message>
            <source>%1 elapsed; loading the model and the data…</source>
            <translation>%1 écoulé ; chargement du modèle et des données…</translation>
        </message>
        <message>
            <source>%1 elapsed, about %2 left (paused)</source>
            <translation>%1 écoulé, environ %2 restant (en pause)</translation>
        </message>
        <message>
            <source>%1 elapsed, about %2 left</source>
            <translation>%1 écoulé, environ %2 restant</translation>
        </message>
        <message>
            <source>%1 elapsed; estimating the time left…</source>
            <translation>%1 écoulé ; estimation du temps restant…</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::RunHistoryPanel</name>
        <message>
            <source>Overlay</source>
            <translation>Superposer</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Last loss</source>
            <translation>Dernière perte</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Settings side by side</source>
            <translation>Réglages côte à côte</translation>
        </message>
        <message>
            <source>Compare the settings of the selected runs</source>
            <translation>Comparer les réglages des runs sélectionnés</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>can resume</source>
            <translation>peut reprendre</translation>
        </message>
        <message>
            <source>training</source>
            <translation>en entraînement</translation>
        </message>
        <message>
            <source>can restart</source>
            <translation>peut redémarrer</translation>
        </message>
        <message>
            <source>Save as bundle…</source>
            <translation>Enregistrer en archive…</translation>
        </message>
        <message>
            <source>Save the selected finished run as one file: its settings, loss curve, dataset hash, adapter, probe answers, Compare votes, and the versions and machine it trained on</source>
            <translation>Enregistrer le run terminé sélectionné dans un seul fichier : ses réglages, sa courbe de perte, l'empreinte du jeu de données, l'adaptateur, les réponses aux prompts témoins, les votes de Comparer, ainsi que les versions et la machine sur lesquelles il a été entraîné</translation>
        </message>
        <message>
            <source>with examples</source>
            <translation>avec les exemples</translation>
        </message>
        <message>
            <source>Also put in every training example as the model saw it (needs the run's model and dataset on this computer; makes the file larger)</source>
            <translation>Y mettre aussi chaque exemple d'entraînement tel que le modèle l'a vu (nécessite le modèle et le jeu de données du run sur cet ordinateur ; agrandit le fichier)</translation>
        </message>
        <message>
            <source>Open bundle…</source>
            <translation>Ouvrir une archive…</translation>
        </message>
        <message>
            <source>Show a run someone saved as a bundle, read-only, beside your own runs</source>
            <translation>Afficher un run que quelqu'un a enregistré en archive, en lecture seule, à côté de vos propres runs</translation>
        </message>
        <message>
            <source>%1
Opened from a run bundle saved %2 with Falconry %3; trained on %4 (%5). Read-only.</source>
            <translation>%1
Ouvert depuis une archive de run enregistrée le %2 avec Falconry %3 ; entraîné sur %4 (%5). Lecture seule.</translation>
        </message>
        <message>
            <source>imported, read-only</source>
            <translation>importé, lecture seule</translation>
        </message>
        <message>
            <source>Only a finished run can be saved as a bundle: resume it to the end first</source>
            <translation>Seul un run terminé peut être enregistré en archive : reprenez-le d'abord jusqu'au bout</translation>
        </message>
        <message>
            <source>Run bundle</source>
            <translation>Archive de run</translation>
        </message>
        <message>
            <source>Saving %1…</source>
            <translation>Enregistrement de %1…</translation>
        </message>
        <message>
            <source>Saved %1 (%2)</source>
            <translation>%1 enregistré (%2)</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Ouverture de %1…</translation>
        </message>
        <message>
            <source>Not opened: %1</source>
            <translation>Non ouvert : %1</translation>
        </message>
        <message>
            <source>Opened %1 (read-only)</source>
            <translation>%1 ouvert (lecture seule)</translation>
        </message>
        <message>
            <source>Save run as bundle</source>
            <translation>Enregistrer le run en archive</translation>
        </message>
        <message>
            <source>Falconry run bundles (*.falconry-run)</source>
            <translation>Archives de run Falconry (*.falconry-run)</translation>
        </message>
        <message>
            <source>Open a run bundle</source>
            <translation>Ouvrir une archive de run</translation>
        </message>
        <message>
            <source>Falconry run bundles (*.falconry-run);;All files (*)</source>
            <translation>Archives de run Falconry (*.falconry-run);;Tous les fichiers (*)</translation>
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
            <translation>CUDA : un GPU par processus, choisi selon le rang local du processus</translation>
        </message>
        <message>
            <source>Run on</source>
            <translation>Exécuter sur</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Cet ordinateur</translation>
        </message>
        <message>
            <source>Train inside Falconry, in one process (pause and resume work at once)</source>
            <translation>Entraîner dans Falconry, en un seul processus (pause et reprise immédiates)</translation>
        </message>
        <message>
            <source>Local processes</source>
            <translation>Processus locaux</translation>
        </message>
        <message>
            <source>Start falconry-cli with several data-parallel processes on this machine</source>
            <translation>Lancer falconry-cli avec plusieurs processus en parallélisme de données sur cette machine</translation>
        </message>
        <message>
            <source>Processes:</source>
            <translation>Processus :</translation>
        </message>
        <message>
            <source>Device:</source>
            <translation>Périphérique :</translation>
        </message>
        <message>
            <source>Cluster: export a launch script</source>
            <translation>Cluster : exporter un script de lancement</translation>
        </message>
        <message>
            <source>Nothing runs here: write the run's settings and a torchrun or Slurm script to start it on a cluster</source>
            <translation>Rien ne s'exécute ici : écrire les réglages du run et un script torchrun ou Slurm pour le lancer sur un cluster</translation>
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
            <translation>Lanceur :</translation>
        </message>
        <message>
            <source>Nodes:</source>
            <translation>Nœuds :</translation>
        </message>
        <message>
            <source>Usually the number of GPUs of each node</source>
            <translation>En général le nombre de GPU de chaque nœud</translation>
        </message>
        <message>
            <source>Processes per node:</source>
            <translation>Processus par nœud :</translation>
        </message>
        <message>
            <source>the cluster's default</source>
            <translation>valeur par défaut du cluster</translation>
        </message>
        <message>
            <source>Partition:</source>
            <translation>Partition :</translation>
        </message>
        <message>
            <source>Slurm's --time: HH:MM:SS or D-HH:MM:SS</source>
            <translation>--time de Slurm : HH:MM:SS ou D-HH:MM:SS</translation>
        </message>
        <message>
            <source>Time limit:</source>
            <translation>Limite de temps :</translation>
        </message>
        <message>
            <source>Export launch script…</source>
            <translation>Exporter le script de lancement…</translation>
        </message>
        <message>
            <source>Write the run's settings and the launch script to a folder of your choice</source>
            <translation>Écrire les réglages du run et le script de lancement dans le dossier de votre choix</translation>
        </message>
        <message>
            <source>The model and dataset paths must be valid on the nodes, and falconry-cli must be on their PATH; edit the .settings.json written beside the script if not.</source>
            <translation>Les chemins du modèle et du jeu de données doivent être valides sur les nœuds, et falconry-cli doit être dans leur PATH ; sinon, modifiez le .settings.json écrit à côté du script.</translation>
        </message>
        <message numerus="yes">
            <source>Each process trains on its share of every batch with %n thread(s) (%1 cores / %2). This pays off on machines with several GPUs or CPU sockets more than on a laptop.</source>
            <translation>
                <numerusform>Chaque processus s'entraîne sur sa part de chaque lot avec %n thread (%1 cœurs / %2). Cela paie davantage sur les machines à plusieurs GPU ou sockets CPU que sur un portable.</numerusform>
                <numerusform>Chaque processus s'entraîne sur sa part de chaque lot avec %n threads (%1 cœurs / %2). Cela paie davantage sur les machines à plusieurs GPU ou sockets CPU que sur un portable.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::StrategyCheckDialog</name>
        <message>
            <source>Base model</source>
            <translation>Modèle de base</translation>
        </message>
        <message>
            <source>Base + knowledge base</source>
            <translation>Modèle de base + base de connaissances</translation>
        </message>
        <message>
            <source>Tuned model</source>
            <translation>Modèle affiné</translation>
        </message>
        <message>
            <source>Tuned + knowledge base</source>
            <translation>Modèle affiné + base de connaissances</translation>
        </message>
        <message>
            <source>Strategy check</source>
            <translation>Vérification des stratégies</translation>
        </message>
        <message>
            <source>Which strategy knows your facts? Write questions and the fact a right answer must contain (a number, a name, a short phrase). Falconry asks the base model and the tuned model, each with and without the knowledge base, and counts the answers that contain the fact.</source>
            <translation>Quelle stratégie connaît vos faits ? Écrivez des questions et le fait qu'une bonne réponse doit contenir (un nombre, un nom, une courte expression). Falconry interroge le modèle de base et le modèle affiné, chacun avec et sans la base de connaissances, et compte les réponses qui contiennent le fait.</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Fact the answer must contain</source>
            <translation>Fait que la réponse doit contenir</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Ajouter une question</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Load CSV…</source>
            <translation>Charger un CSV…</translation>
        </message>
        <message>
            <source>A CSV file with a 'question' and a 'fact' column</source>
            <translation>Un fichier CSV avec une colonne 'question' et une colonne 'fact'</translation>
        </message>
        <message>
            <source>Demo questions</source>
            <translation>Questions de démo</translation>
        </message>
        <message>
            <source>The 42 questions about the Aerie feeder's manual</source>
            <translation>Les 42 questions sur le manuel de la mangeoire Aerie</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>With the knowledge base</source>
            <translation>Avec la base de connaissances</translation>
        </message>
        <message>
            <source>Adapter…</source>
            <translation>Adaptateur…</translation>
        </message>
        <message>
            <source>The adapter folder the tuned model uses</source>
            <translation>Le dossier d'adaptateur qu'utilise le modèle affiné</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> jetons</translation>
        </message>
        <message>
            <source>The longest answer; a fact is short, and shorter answers make the check faster</source>
            <translation>La réponse la plus longue ; un fait est court, et des réponses plus courtes accélèrent la vérification</translation>
        </message>
        <message>
            <source>Answers up to</source>
            <translation>Réponses jusqu'à</translation>
        </message>
        <message>
            <source>Run the check</source>
            <translation>Lancer la vérification</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop; the answers finished so far are counted</source>
            <translation>Arrêter ; les réponses terminées jusqu'ici sont comptées</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Stratégie</translation>
        </message>
        <message>
            <source>Answers with the fact</source>
            <translation>Réponses avec le fait</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Fact</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>These questions cannot be read: %1</source>
            <translation>Ces questions ne peuvent pas être lues : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) from %1.</source>
            <translation>
                <numerusform>%n question tirée de %1.</numerusform>
                <numerusform>%n questions tirées de %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>No adapter: train one or choose a folder</source>
            <translation>Pas d'adaptateur : entraînez-en un ou choisissez un dossier</translation>
        </message>
        <message>
            <source>Adapter: %1</source>
            <translation>Adaptateur : %1</translation>
        </message>
        <message>
            <source>Choose a model on the Model page first.</source>
            <translation>Choisissez d'abord un modèle sur la page Modèle.</translation>
        </message>
        <message>
            <source>Add questions with their facts, or load them from a CSV file.</source>
            <translation>Ajoutez des questions avec leurs faits, ou chargez-les depuis un fichier CSV.</translation>
        </message>
        <message numerus="yes">
            <source>Asking %1 (%n question(s) each)…</source>
            <translation>
                <numerusform>Interrogation de %1 (%n question chacun)…</numerusform>
                <numerusform>Interrogation de %1 (%n questions chacun)…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled before any answer was finished.</source>
            <translation>Annulé avant qu'une réponse soit terminée.</translation>
        </message>
        <message>
            <source>Cancelled: the counts are of the answers finished before.</source>
            <translation>Annulé : les décomptes portent sur les réponses terminées avant.</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>Fact: %1</source>
            <translation>Fait : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n passage(s), fact %1 them</source>
            <translation>
                <numerusform>%n passage, fait %1</numerusform>
                <numerusform>%n passages, fait %1</numerusform>
            </translation>
        </message>
        <message>
            <source>in</source>
            <translation>présent</translation>
        </message>
        <message>
            <source>not in</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>The answer contains the fact</source>
            <translation>La réponse contient le fait</translation>
        </message>
        <message>
            <source>The answer does not contain the fact</source>
            <translation>La réponse ne contient pas le fait</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s).</source>
            <translation>
                <numerusform>%n question.</numerusform>
                <numerusform>%n questions.</numerusform>
            </translation>
        </message>
        <message>
            <source>The retrieved passages held the fact for %1 of them: what the model could quote.</source>
            <translation>Les passages récupérés contenaient le fait pour %1 d'entre elles : ce que le modèle pouvait citer.</translation>
        </message>
        <message>
            <source>The answers quote few of those facts: this model does not read passages well. A larger or instruction-tuned model, or tuning it on answers written from passages, is the next step.</source>
            <translation>Les réponses citent peu de ces faits : ce modèle lit mal les passages. L'étape suivante : un modèle plus grand ou affiné sur des instructions, ou l'entraîner sur des réponses rédigées à partir de passages.</translation>
        </message>
        <message>
            <source>No tuned answers: choose an adapter to compare fine-tuning too.</source>
            <translation>Pas de réponses du modèle affiné : choisissez un adaptateur pour comparer aussi l'affinage.</translation>
        </message>
        <message>
            <source>Questions with facts</source>
            <translation>Questions avec leurs faits</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Adapter folder (with adapter_config.json)</source>
            <translation>Dossier d'adaptateur (avec adapter_config.json)</translation>
        </message>
        <message>
            <source>%1 holds no adapter_config.json: not a PEFT adapter folder.</source>
            <translation>%1 ne contient pas de adapter_config.json : ce n'est pas un dossier d'adaptateur PEFT.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::StrategyGuide</name>
        <message>
            <source>&lt;b&gt;What should the model learn: how to talk, or what to know?&lt;/b&gt; Many uses want both; Compare shows base and tuned, each with or without the knowledge base, side by side.</source>
            <translation>&lt;b&gt;Que doit apprendre le modèle : comment parler, ou quoi savoir ?&lt;/b&gt; Beaucoup d'usages veulent les deux ; Comparer montre le modèle de base et le modèle affiné, chacun avec ou sans la base de connaissances, côte à côte.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <source>Hide this guide (the Knowledge and Data steps stay in the list on the left)</source>
            <translation>Masquer ce guide (les étapes Connaissances et Données restent dans la liste à gauche)</translation>
        </message>
        <message>
            <source>&lt;b&gt;How to talk&lt;/b&gt;: a tone, a persona, a format, the way your team answers. Show it examples and &lt;i&gt;fine-tune&lt;/i&gt; it: the behaviour becomes part of the model.</source>
            <translation>&lt;b&gt;Comment parler&lt;/b&gt; : un ton, un personnage, un format, la façon dont votre équipe répond. Montrez-lui des exemples et &lt;i&gt;affinez-le&lt;/i&gt; : le comportement devient partie du modèle.</translation>
        </message>
        <message>
            <source>&lt;b&gt;What to know&lt;/b&gt;: facts that must be exact and current, such as a manual, prices or policies. Give it a &lt;i&gt;knowledge base&lt;/i&gt;: it looks the facts up and cites them, and a changed document is simply imported again.</source>
            <translation>&lt;b&gt;Quoi savoir&lt;/b&gt; : des faits qui doivent être exacts et à jour, comme un manuel, des prix ou des règles. Donnez-lui une &lt;i&gt;base de connaissances&lt;/i&gt; : il y cherche les faits et les cite, et un document modifié est simplement réimporté.</translation>
        </message>
        <message>
            <source>Teach it how to talk: Data</source>
            <translation>Lui apprendre à parler : Données</translation>
        </message>
        <message>
            <source>Give it facts: Knowledge</source>
            <translation>Lui donner des faits : Connaissances</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TokenView</name>
        <message>
            <source> ✂ cut at max length </source>
            <translation> ✂ coupé à la longueur max. </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainLauncher</name>
        <message>
            <source>Training finished.</source>
            <translation>Entraînement terminé.</translation>
        </message>
        <message>
            <source>Training stopped; the last checkpoint can be resumed.</source>
            <translation>Entraînement arrêté ; le dernier point de contrôle peut être repris.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Cannot create the run folder %1.</source>
            <translation>Impossible de créer le dossier du run %1.</translation>
        </message>
        <message>
            <source>Cannot start the local processes: %1</source>
            <translation>Impossible de lancer les processus locaux : %1</translation>
        </message>
        <message numerus="yes">
            <source>Starting %n local process(es); progress is read from the run's metrics.jsonl.</source>
            <translation>
                <numerusform>Démarrage de %n processus local ; la progression est lue dans le metrics.jsonl du run.</numerusform>
                <numerusform>Démarrage de %n processus locaux ; la progression est lue dans le metrics.jsonl du run.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopping the local processes now…</source>
            <translation>Arrêt immédiat des processus locaux…</translation>
        </message>
        <message>
            <source>Stopping after the current step (every process writes its part of the checkpoint)…</source>
            <translation>Arrêt après le pas en cours (chaque processus écrit sa part du point de contrôle)…</translation>
        </message>
        <message>
            <source>Stopping after the current step…</source>
            <translation>Arrêt après le pas en cours…</translation>
        </message>
        <message>
            <source>The launch script could not be written: %1</source>
            <translation>Le script de lancement n'a pas pu être écrit : %1</translation>
        </message>
        <message>
            <source>submit it with: sbatch %1</source>
            <translation>soumettez-le avec : sbatch %1</translation>
        </message>
        <message>
            <source>run it on every node (NODE_RANK=0 on the head node, HEAD_NODE=&lt;its address&gt; NODE_RANK=i on the others)</source>
            <translation>exécutez-le sur chaque nœud (NODE_RANK=0 sur le nœud principal, HEAD_NODE=&lt;son adresse&gt; NODE_RANK=i sur les autres)</translation>
        </message>
        <message>
            <source>Wrote the launch script %1 and the run's settings %2. Copy both to the cluster and, in their folder, %3. The run folder will be runs/%4 there.</source>
            <translation>Script de lancement %1 et réglages du run %2 écrits. Copiez-les tous deux sur le cluster puis, dans leur dossier, %3. Le dossier du run y sera runs/%4.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainPage</name>
        <message>
            <source>Dataset:</source>
            <translation>Jeu de données :</translation>
        </message>
        <message>
            <source>A JSONL ({"prompt", "completion"} or {"text"}) or CSV file, or the Data step's dataset</source>
            <translation>Un fichier JSONL ({"prompt", "completion"} ou {"text"}) ou CSV, ou le jeu de données de l'étape Données</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <source>Start a new run (Ctrl+Enter)</source>
            <translation>Démarrer un nouveau run (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop after the current step; the last checkpoint stays usable</source>
            <translation>Arrêter après le pas en cours ; le dernier point de contrôle reste utilisable</translation>
        </message>
        <message>
            <source>Resume selected run</source>
            <translation>Reprendre le run sélectionné</translation>
        </message>
        <message>
            <source>Continue the run selected under "Runs" from its last checkpoint (also after a crash)</source>
            <translation>Reprendre le run sélectionné sous « Runs » depuis son dernier point de contrôle (même après un plantage)</translation>
        </message>
        <message>
            <source>Smoothing:</source>
            <translation>Lissage :</translation>
        </message>
        <message>
            <source>Exponential moving average of the train loss: 0 = raw, 0.99 = very smooth</source>
            <translation>Moyenne mobile exponentielle de la perte d'entraînement : 0 = brut, 0,99 = très lissé</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Runs</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Model: none chosen yet — pick one in the Model step.</source>
            <translation>Modèle : aucun choisi — choisissez-en un à l'étape Modèle.</translation>
        </message>
        <message>
            <source>Model: %1  (%2)</source>
            <translation>Modèle : %1  (%2)</translation>
        </message>
        <message>
            <source>Choose a dataset</source>
            <translation>Choisir un jeu de données</translation>
        </message>
        <message>
            <source>Datasets (*.jsonl *.json *.csv *.tsv);;All files (*)</source>
            <translation>Jeux de données (*.jsonl *.json *.csv *.tsv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Choose a model in the Model step first.</source>
            <translation>Choisissez d'abord un modèle à l'étape Modèle.</translation>
        </message>
        <message>
            <source>Choose a dataset file first.</source>
            <translation>Choisissez d'abord un fichier de données.</translation>
        </message>
        <message>
            <source>Starting a run in %1</source>
            <translation>Démarrage d'un run dans %1</translation>
        </message>
        <message>
            <source>Paused.</source>
            <translation>En pause.</translation>
        </message>
        <message>
            <source>Resumed.</source>
            <translation>Repris.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>"Run on" is set to a cluster: export a launch script, or choose this computer to train here.</source>
            <translation>« Exécuter sur » est réglé sur un cluster : exportez un script de lancement, ou choisissez « Cet ordinateur » pour entraîner ici.</translation>
        </message>
        <message>
            <source>Training failed</source>
            <translation>Échec de l'entraînement</translation>
        </message>
        <message>
            <source>The last lines falconry-cli wrote are below and in the log.</source>
            <translation>Les dernières lignes écrites par falconry-cli figurent ci-dessous et dans le journal.</translation>
        </message>
        <message>
            <source>Export launch script</source>
            <translation>Exporter le script de lancement</translation>
        </message>
        <message>
            <source>Slurm batch scripts (*.sbatch *.sh);;All files (*)</source>
            <translation>Scripts batch Slurm (*.sbatch *.sh);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Shell scripts (*.sh);;All files (*)</source>
            <translation>Scripts shell (*.sh);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>"Run on" is set to a cluster: use "Export launch script…" below</source>
            <translation>« Exécuter sur » est réglé sur un cluster : utilisez « Exporter le script de lancement… » ci-dessous</translation>
        </message>
        <message>
            <source>This run may not fit in memory</source>
            <translation>Ce run risque de ne pas tenir en mémoire</translation>
        </message>
        <message>
            <source>Not started: change the settings and press Start again.</source>
            <translation>Non démarré : modifiez les réglages et appuyez de nouveau sur Démarrer.</translation>
        </message>
        <message>
            <source>%1: %2 %3</source>
            <translation>%1 : %2 %3</translation>
        </message>
        <message>
            <source>Your edits on the Data page could not be saved, so training did not start: %1</source>
            <translation>Vos modifications de la page Données n'ont pas pu être enregistrées, l'entraînement n'a donc pas démarré : %1</translation>
        </message>
        <message>
            <source>%1 has finished; there is nothing to resume.</source>
            <translation>%1 est terminé ; il n'y a rien à reprendre.</translation>
        </message>
        <message>
            <source>Resuming with the learning rate %1 (the run used %2).</source>
            <translation>Reprise avec le taux d'apprentissage %1 (l'entraînement utilisait %2).</translation>
        </message>
        <message>
            <source>Resuming %1 from its last checkpoint (from the start when it has none)</source>
            <translation>Reprise de %1 depuis son dernier point de contrôle (depuis le début s'il n'en a pas)</translation>
        </message>
        <message>
            <source>Probes</source>
            <translation>Prompts témoins</translation>
        </message>
        <message>
            <source>Adapter map…</source>
            <translation>Carte de l'adaptateur…</translation>
        </message>
        <message>
            <source>Which layers the selected run's adapter changed, and how much (its final adapter, or its newest checkpoint while it trains)</source>
            <translation>Quelles couches l'adaptateur du run sélectionné a modifiées, et de combien (son adaptateur final, ou son point de contrôle le plus récent pendant l'entraînement)</translation>
        </message>
        <message>
            <source>Checking the data as the run will see it…</source>
            <translation>Vérification des données telles que le run les verra…</translation>
        </message>
        <message>
            <source>Not started: no token of any example would be in the loss. See the finding below for what to change.</source>
            <translation>Non démarré : aucun jeton d'aucun exemple ne compterait dans la perte. Voyez le constat ci-dessous pour ce qu'il faut changer.</translation>
        </message>
        <message>
            <source>Changed by the triage: %1.</source>
            <translation>Modifié par le diagnostic : %1.</translation>
        </message>
        <message>
            <source>Rows cut at the max length</source>
            <translation>Lignes coupées à la longueur max.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) are longer than the max length.</source>
            <translation>
                <numerusform>%n ligne dépasse la longueur maximale.</numerusform>
                <numerusform>%n lignes dépassent la longueur maximale.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the dataset on the Data page (Import…) to see them marked as too long.</source>
            <translation>Ouvrez le jeu de données sur la page Données (Importer…) pour les voir marquées comme trop longues.</translation>
        </message>
        <message>
            <source>Row ids: %1</source>
            <translation>Identifiants des lignes : %1</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainProgressRow</name>
        <message>
            <source>step %v of %m</source>
            <translation>pas %v sur %m</translation>
        </message>
        <message>
            <source>done in %1</source>
            <translation>terminé en %1</translation>
        </message>
        <message>
            <source>ended after %1</source>
            <translation>arrêté après %1</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainSettingsForm</name>
        <message>
            <source>Quick test</source>
            <translation>Test rapide</translation>
        </message>
        <message>
            <source>Falcon QLoRA recipe</source>
            <translation>Recette QLoRA Falcon</translation>
        </message>
        <message>
            <source>Low memory</source>
            <translation>Mémoire réduite</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Personnalisé</translation>
        </message>
        <message>
            <source>Preset:</source>
            <translation>Préréglage :</translation>
        </message>
        <message>
            <source>LoRA adapter</source>
            <translation>Adaptateur LoRA</translation>
        </message>
        <message>
            <source>Rank r:</source>
            <translation>Rang r :</translation>
        </message>
        <message>
            <source>Size of the adapter. 8–64; higher learns more and needs more memory.</source>
            <translation>Taille de l'adaptateur. 8–64 ; plus grand apprend davantage et demande plus de mémoire.</translation>
        </message>
        <message>
            <source>Alpha:</source>
            <translation>Alpha :</translation>
        </message>
        <message>
            <source>Scale of the update is alpha / r. Usually r to 2·r; QLoRA uses 16.</source>
            <translation>L'échelle de la mise à jour est alpha / r. Généralement r à 2·r ; QLoRA utilise 16.</translation>
        </message>
        <message>
            <source>Dropout:</source>
            <translation>Dropout :</translation>
        </message>
        <message>
            <source>On the adapter only. 0–0.1; 0.1 for small datasets.</source>
            <translation>Sur l'adaptateur seulement. 0–0,1 ; 0,1 pour les petits jeux de données.</translation>
        </message>
        <message>
            <source>Layers:</source>
            <translation>Couches :</translation>
        </message>
        <message>
            <source>Which linear layers get an adapter. All four is the QLoRA recipe; query_key_value alone is cheapest.</source>
            <translation>Quelles couches linéaires reçoivent un adaptateur. Les quatre, c'est la recette QLoRA ; query_key_value seule est la moins coûteuse.</translation>
        </message>
        <message>
            <source>4-bit NF4 base (QLoRA)</source>
            <translation>Base NF4 4 bits (QLoRA)</translation>
        </message>
        <message>
            <source>Quarters the weights' memory; about 20–40 % slower per step.</source>
            <translation>Divise par quatre la mémoire des poids ; environ 20–40 % plus lent par pas.</translation>
        </message>
        <message>
            <source>Optimisation</source>
            <translation>Optimisation</translation>
        </message>
        <message>
            <source>Learning rate:</source>
            <translation>Taux d'apprentissage :</translation>
        </message>
        <message>
            <source>1e-4 to 3e-4 for LoRA; lower it if the loss jumps or becomes NaN.</source>
            <translation>1e-4 à 3e-4 pour LoRA ; baissez-le si la perte saute ou devient NaN.</translation>
        </message>
        <message>
            <source>constant</source>
            <translation>constant</translation>
        </message>
        <message>
            <source>linear decay</source>
            <translation>décroissance linéaire</translation>
        </message>
        <message>
            <source>cosine decay</source>
            <translation>décroissance cosinus</translation>
        </message>
        <message>
            <source>Schedule:</source>
            <translation>Planification :</translation>
        </message>
        <message>
            <source>Constant is the QLoRA recipe; cosine often ends a little lower.</source>
            <translation>Constant est la recette QLoRA ; cosinus finit souvent un peu plus bas.</translation>
        </message>
        <message>
            <source>Warmup:</source>
            <translation>Échauffement :</translation>
        </message>
        <message>
            <source>Fraction of steps with a rising rate. 0.03–0.1.</source>
            <translation>Part des pas avec un taux croissant. 0,03–0,1.</translation>
        </message>
        <message>
            <source>Gradient clip:</source>
            <translation>Écrêtage du gradient :</translation>
        </message>
        <message>
            <source>Largest gradient norm. 0.3 (QLoRA) to 1.0; 0 turns it off.</source>
            <translation>Norme de gradient maximale. 0,3 (QLoRA) à 1,0 ; 0 le désactive.</translation>
        </message>
        <message>
            <source>Batches and schedule</source>
            <translation>Lots et calendrier</translation>
        </message>
        <message>
            <source>Max length:</source>
            <translation>Longueur max. :</translation>
        </message>
        <message>
            <source>Batch size:</source>
            <translation>Taille de lot :</translation>
        </message>
        <message>
            <source>Examples per step. 1–8 on a CPU; raise the accumulation instead.</source>
            <translation>Exemples par pas. 1–8 sur un CPU ; augmentez plutôt l'accumulation.</translation>
        </message>
        <message>
            <source>Accumulation:</source>
            <translation>Accumulation :</translation>
        </message>
        <message>
            <source>Steps summed before an update: effective batch = batch × this. 4–16.</source>
            <translation>Pas additionnés avant une mise à jour : lot effectif = lot × ceci. 4–16.</translation>
        </message>
        <message>
            <source>Epochs:</source>
            <translation>Époques :</translation>
        </message>
        <message>
            <source>Passes over the data. 1–3; more overfits small datasets.</source>
            <translation>Passes sur les données. 1–3 ; davantage surajuste les petits jeux de données.</translation>
        </message>
        <message>
            <source>from epochs</source>
            <translation>selon les époques</translation>
        </message>
        <message>
            <source>Max steps:</source>
            <translation>Pas max. :</translation>
        </message>
        <message>
            <source>Stops after this many updates; overrides epochs when set.</source>
            <translation>S'arrête après ce nombre de mises à jour ; prime sur les époques si défini.</translation>
        </message>
        <message>
            <source>Eval split:</source>
            <translation>Part d'évaluation :</translation>
        </message>
        <message>
            <source>Eval every:</source>
            <translation>Évaluer tous les :</translation>
        </message>
        <message>
            <source>Steps between eval losses. Each costs a pass over the eval rows.</source>
            <translation>Pas entre deux pertes d'évaluation. Chacune coûte une passe sur les lignes d'évaluation.</translation>
        </message>
        <message>
            <source>Checkpoint every:</source>
            <translation>Point de contrôle tous les :</translation>
        </message>
        <message>
            <source>Steps between checkpoints; a crashed run resumes from the last.</source>
            <translation>Pas entre points de contrôle ; un run planté reprend au dernier.</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Graine :</translation>
        </message>
        <message>
            <source>Same seed and settings give the same run.</source>
            <translation>Même graine et mêmes réglages donnent le même run.</translation>
        </message>
        <message>
            <source>Gradient checkpointing</source>
            <translation>Gradient checkpointing</translation>
        </message>
        <message>
            <source>Recomputes activations in the backward pass: much less memory, about 30 % slower.</source>
            <translation>Recalcule les activations pendant la rétropropagation : beaucoup moins de mémoire, environ 30 % plus lent.</translation>
        </message>
        <message>
            <source>Quick test: a short run to check that everything works (200 steps on small models: the demo takes a few minutes on a fast computer, 10 or more on a slow or busy one; 30 steps on models of a billion parameters or more). Falcon QLoRA recipe: the settings of the QLoRA paper for Falcon. Low memory: the smallest footprint.</source>
            <translation>Test rapide : un run court pour vérifier que tout fonctionne (200 étapes pour les petits modèles : la démo prend quelques minutes sur un ordinateur rapide, 10 ou plus sur un ordinateur lent ou occupé ; 30 étapes pour les modèles d'un milliard de paramètres ou plus). Recette QLoRA Falcon : les réglages de l'article QLoRA pour Falcon. Mémoire réduite : l'empreinte la plus faible.</translation>
        </message>
        <message>
            <source>off</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>Early stopping:</source>
            <translation>Arrêt anticipé :</translation>
        </message>
        <message>
            <source>Stops the run when the eval loss has not improved for this many evals in a row (needs an eval split); the adapter is saved as usual. 3–5 against overfitting; off trains to the end.</source>
            <translation>Arrête le run quand la perte d'évaluation ne s'est pas améliorée pendant autant d'évaluations d'affilée (nécessite une part d'évaluation) ; l'adaptateur est enregistré comme d'habitude. 3–5 contre le surapprentissage ; désactivé entraîne jusqu'au bout.</translation>
        </message>
        <message>
            <source>Improvement needed:</source>
            <translation>Amélioration requise :</translation>
        </message>
        <message>
            <source>An eval loss counts as better only when it is lower than the best so far by more than this. 0–0.01.</source>
            <translation>Une perte d'évaluation ne compte comme meilleure que si elle est plus basse que la meilleure jusqu'ici de plus que cette valeur. 0–0,01.</translation>
        </message>
        <message>
            <source>Tokens per example; longer rows are cut. 256–1024; memory grows with it. The same value as on the Data page.</source>
            <translation>Jetons par exemple ; les lignes plus longues sont coupées. 256–1024 ; la mémoire croît avec. La même valeur que sur la page Données.</translation>
        </message>
        <message>
            <source>Share of rows held out for the eval loss. 0.02–0.1. The same split as on the Data page.</source>
            <translation>Part des lignes mises de côté pour la perte d'évaluation. 0,02–0,1. Le même partage que sur la page Données.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TriagePanel</name>
        <message>
            <source>This run may not fit in memory</source>
            <translation>Ce run risque de ne pas tenir en mémoire</translation>
        </message>
        <message>
            <source>The run ran out of memory</source>
            <translation>Le run a manqué de mémoire</translation>
        </message>
        <message>
            <source>The loss became NaN</source>
            <translation>La perte est devenue NaN</translation>
        </message>
        <message>
            <source>The loss is exploding</source>
            <translation>La perte explose</translation>
        </message>
        <message>
            <source>The loss is flat</source>
            <translation>La perte stagne</translation>
        </message>
        <message>
            <source>The model is overfitting</source>
            <translation>Le modèle surapprend</translation>
        </message>
        <message>
            <source>Many rows are cut at the max length</source>
            <translation>Beaucoup de lignes sont coupées à la longueur max.</translation>
        </message>
        <message>
            <source>Nothing to train on</source>
            <translation>Rien à apprendre</translation>
        </message>
        <message>
            <source>The loss includes the prompts</source>
            <translation>La perte inclut les prompts</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>Le disque est plein</translation>
        </message>
        <message>
            <source>The model folder is incomplete</source>
            <translation>Le dossier du modèle est incomplet</translation>
        </message>
        <message>
            <source>With these settings the run needs about %1 of memory, but %2 is free.</source>
            <translation>Avec ces réglages, le run a besoin d'environ %1 de mémoire, mais seuls %2 sont libres.</translation>
        </message>
        <message>
            <source>It would swap until the computer crawls, or be stopped by the system.</source>
            <translation>Le système utiliserait le swap jusqu'à ce que l'ordinateur rame, ou l'arrêterait.</translation>
        </message>
        <message>
            <source>Choose one of the changes below; each says what the run would need then.</source>
            <translation>Choisissez l'une des modifications ci-dessous ; chacune indique ce dont le run aurait alors besoin.</translation>
        </message>
        <message>
            <source>Step %1 needed more memory than was free.</source>
            <translation>Le pas %1 a eu besoin de plus de mémoire qu'il n'y en avait de libre.</translation>
        </message>
        <message>
            <source>The run needed more memory than was free.</source>
            <translation>Le run a eu besoin de plus de mémoire qu'il n'y en avait de libre.</translation>
        </message>
        <message>
            <source>The model, its activations and the optimizer state did not fit, so the run stopped.</source>
            <translation>Le modèle, ses activations et l'état de l'optimiseur ne tenaient pas en mémoire, le run s'est donc arrêté.</translation>
        </message>
        <message>
            <source>Make the run smaller with one of the changes below, then start again.</source>
            <translation>Réduisez le run avec l'une des modifications ci-dessous, puis relancez-le.</translation>
        </message>
        <message>
            <source>At step %1 the gradients were no longer numbers (NaN or infinite).</source>
            <translation>Au pas %1, les gradients n'étaient plus des nombres (NaN ou infinis).</translation>
        </message>
        <message>
            <source>At step %1 the loss was no longer a number (NaN or infinite).</source>
            <translation>Au pas %1, la perte n'était plus un nombre (NaN ou infinie).</translation>
        </message>
        <message>
            <source>From there the model can learn nothing; that update was not applied.</source>
            <translation>À partir de là, le modèle ne peut rien apprendre ; cette mise à jour n'a pas été appliquée.</translation>
        </message>
        <message>
            <source>Lower the learning rate (%1 now) and start again, or resume the last good checkpoint.</source>
            <translation>Baissez le taux d'apprentissage (%1 actuellement) et relancez, ou reprenez le dernier bon point de contrôle.</translation>
        </message>
        <message>
            <source>The training loss rose from %1 to %2 instead of falling.</source>
            <translation>La perte d'entraînement est passée de %1 à %2 au lieu de baisser.</translation>
        </message>
        <message>
            <source>The steps are too large: the model gets worse with each one and forgets what it knew.</source>
            <translation>Les pas sont trop grands : le modèle empire à chacun et oublie ce qu'il savait.</translation>
        </message>
        <message>
            <source>Lower the learning rate (%1 now); the best checkpoint is kept for a resume.</source>
            <translation>Baissez le taux d'apprentissage (%1 actuellement) ; le meilleur point de contrôle est conservé pour une reprise.</translation>
        </message>
        <message>
            <source>Raise the learning rate, or check that the answers teach something new.</source>
            <translation>Augmentez le taux d'apprentissage, ou vérifiez que les réponses apprennent quelque chose de nouveau.</translation>
        </message>
        <message>
            <source>No token is in the loss: check which column holds the answer on the Data page.</source>
            <translation>Aucun jeton ne compte dans la perte : vérifiez sur la page Données quelle colonne contient la réponse.</translation>
        </message>
        <message>
            <source>The learning rate %1 is far too low for this kind of training.</source>
            <translation>Le taux d'apprentissage %1 est bien trop bas pour ce type d'entraînement.</translation>
        </message>
        <message>
            <source>Over %1 steps the loss stayed near %2 (it fell %3%).</source>
            <translation>Sur %1 pas, la perte est restée autour de %2 (elle a baissé de %3 %).</translation>
        </message>
        <message>
            <source>The model is not learning from these examples: the run costs time and changes nothing.</source>
            <translation>Le modèle n'apprend rien de ces exemples : le run coûte du temps et ne change rien.</translation>
        </message>
        <message>
            <source>The eval loss rose from %1 (step %2) to %3 while the training loss kept falling.</source>
            <translation>La perte d'évaluation est passée de %1 (pas %2) à %3 alors que la perte d'entraînement continuait de baisser.</translation>
        </message>
        <message>
            <source>The model is memorising the training rows instead of learning what carries over to new questions.</source>
            <translation>Le modèle mémorise les lignes d'entraînement au lieu d'apprendre ce qui se transpose à de nouvelles questions.</translation>
        </message>
        <message>
            <source>Train fewer epochs, turn on early stopping, or add more (and more varied) examples.</source>
            <translation>Entraînez sur moins d'époques, activez l'arrêt anticipé, ou ajoutez des exemples plus nombreux (et plus variés).</translation>
        </message>
        <message>
            <source>%1 of %2 examples are longer than the max length (%3 tokens) and are cut.</source>
            <translation>%1 exemples sur %2 dépassent la longueur max. (%3 jetons) et sont coupés.</translation>
        </message>
        <message>
            <source>The cut part is never learned: often the end of the answer, so the model learns to stop mid-sentence.</source>
            <translation>La partie coupée n'est jamais apprise : souvent la fin de la réponse, si bien que le modèle apprend à s'arrêter au milieu d'une phrase.</translation>
        </message>
        <message>
            <source>Raise the max length (95% of the examples fit in %1 tokens), or look at the cut rows.</source>
            <translation>Augmentez la longueur max. (95 % des exemples tiennent en %1 jetons), ou regardez les lignes coupées.</translation>
        </message>
        <message>
            <source>No token of any example is in the loss.</source>
            <translation>Aucun jeton d'aucun exemple ne compte dans la perte.</translation>
        </message>
        <message>
            <source>%1 of %2 examples have no answer token left in the loss.</source>
            <translation>%1 exemples sur %2 n'ont plus aucun jeton de réponse dans la perte.</translation>
        </message>
        <message>
            <source>The model learns only from the answer tokens; without them a step costs time and teaches nothing.</source>
            <translation>Le modèle n'apprend que des jetons de réponse ; sans eux, un pas coûte du temps et n'apprend rien.</translation>
        </message>
        <message>
            <source>Map a column to the answer on the Data page, or raise the max length so the answers are not cut away.</source>
            <translation>Associez une colonne à la réponse sur la page Données, ou augmentez la longueur max. pour que les réponses ne soient pas coupées.</translation>
        </message>
        <message>
            <source>Training is set to learn the whole text, the prompts too.</source>
            <translation>L'entraînement est réglé pour apprendre tout le texte, prompts compris.</translation>
        </message>
        <message>
            <source>The model learns to write questions like the dataset's as much as to answer them.</source>
            <translation>Le modèle apprend autant à écrire des questions comme celles du jeu de données qu'à y répondre.</translation>
        </message>
        <message>
            <source>Train on the answers only, unless the rows are plain text.</source>
            <translation>Entraînez sur les réponses seulement, sauf si les lignes sont du texte brut.</translation>
        </message>
        <message>
            <source>%1 could not be written: the disk has no space left.</source>
            <translation>%1 n'a pas pu être écrit : le disque n'a plus de place.</translation>
        </message>
        <message>
            <source>Checkpoints and the adapter cannot be saved; nothing saved before was replaced.</source>
            <translation>Les points de contrôle et l'adaptateur ne peuvent pas être enregistrés ; rien de ce qui était déjà enregistré n'a été remplacé.</translation>
        </message>
        <message>
            <source>Free space on that disk (old runs and their checkpoints are the largest), then resume the run.</source>
            <translation>Libérez de la place sur ce disque (les anciens runs et leurs points de contrôle sont les plus gros), puis reprenez le run.</translation>
        </message>
        <message>
            <source>%1 is missing from %2.</source>
            <translation>%1 manque dans %2.</translation>
        </message>
        <message>
            <source>Without all of its weights the model cannot be loaded (a download was cut short, or a file was moved).</source>
            <translation>Sans tous ses poids, le modèle ne peut pas être chargé (un téléchargement a été interrompu, ou un fichier a été déplacé).</translation>
        </message>
        <message>
            <source>Download the model again on the Model page, or choose a complete model folder.</source>
            <translation>Téléchargez à nouveau le modèle sur la page Modèle, ou choisissez un dossier de modèle complet.</translation>
        </message>
        <message>
            <source>Use a 4-bit base</source>
            <translation>Utiliser une base 4 bits</translation>
        </message>
        <message>
            <source>Max length %1</source>
            <translation>Longueur max. %1</translation>
        </message>
        <message>
            <source>Batch 1 × accumulation %1</source>
            <translation>Lot 1 × accumulation %1</translation>
        </message>
        <message>
            <source>Gradient checkpointing</source>
            <translation>Gradient checkpointing</translation>
        </message>
        <message>
            <source>Learning rate %1</source>
            <translation>Taux d'apprentissage %1</translation>
        </message>
        <message>
            <source>Epochs %1</source>
            <translation>Époques %1</translation>
        </message>
        <message>
            <source>Max steps %1</source>
            <translation>Pas max. %1</translation>
        </message>
        <message>
            <source>Early stopping (patience %1)</source>
            <translation>Arrêt anticipé (patience %1)</translation>
        </message>
        <message>
            <source>Train on answers only</source>
            <translation>Entraîner sur les réponses seulement</translation>
        </message>
        <message>
            <source>Show the cut rows</source>
            <translation>Afficher les lignes coupées</translation>
        </message>
        <message>
            <source>Open the Data page</source>
            <translation>Ouvrir la page Données</translation>
        </message>
        <message>
            <source>%1 (needs %2)</source>
            <translation>%1 (nécessite %2)</translation>
        </message>
        <message>
            <source>Changed: %1. Press Start to try again.</source>
            <translation>Modifié : %1. Cliquez sur « Démarrer » pour réessayer.</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::UploadDialog</name>
        <message>
            <source>Upload to the Hugging Face Hub</source>
            <translation>Envoyer vers le Hugging Face Hub</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Not signed in.</source>
            <translation>Non connecté.</translation>
        </message>
        <message>
            <source>Access token (hf_…) with write access</source>
            <translation>Jeton d'accès (hf_…) avec accès en écriture</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <source>Create a token at &lt;a href="https://huggingface.co/settings/tokens"&gt;huggingface.co/settings/tokens&lt;/a&gt;. Falconry keeps it in the system keychain, never in a file.</source>
            <translation>Créez un jeton sur &lt;a href="https://huggingface.co/settings/tokens"&gt;huggingface.co/settings/tokens&lt;/a&gt;. Falconry le garde dans le trousseau du système, jamais dans un fichier.</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>Dépôt</translation>
        </message>
        <message>
            <source>A new or existing model repository: NAME in your account, or ORGANISATION/NAME</source>
            <translation>Un dépôt de modèle nouveau ou existant : NOM dans votre compte, ou ORGANISATION/NOM</translation>
        </message>
        <message>
            <source>Private (only you and your organisation see it)</source>
            <translation>Privé (visible seulement par vous et votre organisation)</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Quoi :</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Model card (README.md) — edit it before uploading</source>
            <translation>Fiche du modèle (README.md) — modifiez-la avant l'envoi</translation>
        </message>
        <message>
            <source>The repository's address appears here after the upload</source>
            <translation>L'adresse du dépôt apparaît ici après l'envoi</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Upload</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>the merged model</source>
            <translation>le modèle fusionné</translation>
        </message>
        <message>
            <source>the run's final adapter</source>
            <translation>l'adaptateur final du run</translation>
        </message>
        <message>
            <source>the adapter</source>
            <translation>l'adaptateur</translation>
        </message>
        <message>
            <source>1 file</source>
            <translation>1 fichier</translation>
        </message>
        <message>
            <source>%1 files</source>
            <translation>%1 fichiers</translation>
        </message>
        <message>
            <source>%1 in %2 (%3, %4), with the model card below</source>
            <translation>%1 dans %2 (%3, %4), avec la fiche du modèle ci-dessous</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Not signed in. (The system keychain is not available: %1)</source>
            <translation>Non connecté. (Le trousseau du système n'est pas disponible : %1)</translation>
        </message>
        <message>
            <source>Paste an access token first.</source>
            <translation>Collez d'abord un jeton d'accès.</translation>
        </message>
        <message>
            <source>Checking the token…</source>
            <translation>Vérification du jeton…</translation>
        </message>
        <message>
            <source>Signed in as &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>The system keychain could not keep the token (%1): it is used until Falconry closes.</source>
            <translation>Le trousseau du système n'a pas pu garder le jeton (%1) : il sert jusqu'à la fermeture de Falconry.</translation>
        </message>
        <message>
            <source>Signed out: the token was removed from the keychain.</source>
            <translation>Déconnecté : le jeton a été retiré du trousseau.</translation>
        </message>
        <message>
            <source>Signed out here, but the keychain said: %1</source>
            <translation>Déconnecté ici, mais le trousseau a répondu : %1</translation>
        </message>
        <message>
            <source>Uploading…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <source>%1 %2 — %3 of %4</source>
            <translation>%1 %2 — %3 sur %4</translation>
        </message>
        <message>
            <source>The upload failed</source>
            <translation>L'envoi a échoué</translation>
        </message>
        <message>
            <source>Stopped: nothing was committed.</source>
            <translation>Arrêté : rien n'a été commité.</translation>
        </message>
        <message>
            <source>Uploaded in one commit. The model's page:</source>
            <translation>Envoyé en un seul commit. La page du modèle :</translation>
        </message>
    </context>
</TS>
