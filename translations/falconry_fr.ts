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
            <source>Choose a Falcon model: Falcon-7B, 7B-instruct, 40B, 40B-instruct, any Falcon folder on disk, a model in the Hugging Face cache or the bundled demo model. A memory planner will show what a run needs against what this machine has.</source>
            <translation>Choisissez un modèle Falcon : Falcon-7B, 7B-instruct, 40B, 40B-instruct, tout dossier Falcon sur le disque, un modèle du cache Hugging Face ou le modèle de démonstration fourni. Un planificateur de mémoire montrera ce dont une exécution a besoin face à ce que possède cette machine.</translation>
        </message>
        <message>
            <source>Import a dataset (CSV, TSV, JSON, JSONL), map its columns to roles, choose a prompt template, and see and edit every example exactly as the model will see it.</source>
            <translation>Importez un jeu de données (CSV, TSV, JSON, JSONL), associez ses colonnes à des rôles, choisissez un modèle d'invite, puis voyez et modifiez chaque exemple exactement comme le modèle le verra.</translation>
        </message>
        <message>
            <source>Train a LoRA or QLoRA adapter with presets, live loss charts, pause, resume and checkpoints.</source>
            <translation>Entraînez un adaptateur LoRA ou QLoRA avec des préréglages, des courbes de perte en direct, pause, reprise et points de contrôle.</translation>
        </message>
        <message>
            <source>Chat with the base model and the tuned model side by side, the same prompt sent to both.</source>
            <translation>Discutez côte à côte avec le modèle de base et le modèle affiné, la même invite étant envoyée aux deux.</translation>
        </message>
        <message>
            <source>Save the adapter in PEFT format, export a merged model as a Hugging Face folder, or upload it to the Hugging Face Hub.</source>
            <translation>Enregistrez l'adaptateur au format PEFT, exportez un modèle fusionné en dossier Hugging Face ou téléversez-le sur le Hugging Face Hub.</translation>
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
    </context>
    <context>
        <name>PlannedPage</name>
        <message>
            <source>This step is not available yet in this version of Falconry.</source>
            <translation>Cette étape n'est pas encore disponible dans cette version de Falconry.</translation>
        </message>
    </context>
</TS>
