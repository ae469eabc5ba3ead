<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Falconry</source>
            <translation>关于 Falconry</translation>
        </message>
        <message>
            <source>Fine-tune Falcon language models with LoRA and QLoRA on your own machine.</source>
            <translation>在您自己的电脑上用 LoRA 和 QLoRA 微调 Falcon 语言模型。</translation>
        </message>
        <message>
            <source>Engine: %1</source>
            <translation>引擎：%1</translation>
        </message>
        <message>
            <source>Licensed under the Apache License 2.0.</source>
            <translation>以 Apache License 2.0 授权。</translation>
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
            <translation>步骤</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>对比</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Choose a Falcon model: Falcon-7B, 7B-instruct, 40B, 40B-instruct, any Falcon folder on disk, a model in the Hugging Face cache or the bundled demo model. A memory planner will show what a run needs against what this machine has.</source>
            <translation>选择一个 Falcon 模型：Falcon-7B、7B-instruct、40B、40B-instruct、磁盘上的任意 Falcon 文件夹、Hugging Face 缓存中的模型或内置的演示模型。内存规划器会显示一次训练所需的内存与本机可用内存的对比。</translation>
        </message>
        <message>
            <source>Import a dataset (CSV, TSV, JSON, JSONL), map its columns to roles, choose a prompt template, and see and edit every example exactly as the model will see it.</source>
            <translation>导入数据集（CSV、TSV、JSON、JSONL），将列映射到角色，选择提示模板，并按模型所见的样子查看和编辑每个样本。</translation>
        </message>
        <message>
            <source>Train a LoRA or QLoRA adapter with presets, live loss charts, pause, resume and checkpoints.</source>
            <translation>使用预设训练 LoRA 或 QLoRA 适配器，实时查看损失曲线，支持暂停、恢复和检查点。</translation>
        </message>
        <message>
            <source>Chat with the base model and the tuned model side by side, the same prompt sent to both.</source>
            <translation>并排与基础模型和微调后的模型对话，同一提示同时发送给两者。</translation>
        </message>
        <message>
            <source>Save the adapter in PEFT format, export a merged model as a Hugging Face folder, or upload it to the Hugging Face Hub.</source>
            <translation>以 PEFT 格式保存适配器，将合并后的模型导出为 Hugging Face 文件夹，或上传到 Hugging Face Hub。</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Falconry</source>
            <translation>关于 Falconry(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>PlannedPage</name>
        <message>
            <source>This step is not available yet in this version of Falconry.</source>
            <translation>此版本的 Falconry 尚未提供此步骤。</translation>
        </message>
    </context>
</TS>
