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
        <name>CompareJob</name>
        <message>
            <source>Loading the model…</source>
            <translation>正在加载模型…</translation>
        </message>
        <message>
            <source>%1 tokens at %2 tokens/s</source>
            <translation>%1 个词元，%2 词元/秒</translation>
        </message>
        <message>
            <source>Looking up the knowledge base…</source>
            <translation>正在查询知识库…</translation>
        </message>
    </context>
    <context>
        <name>EngineError</name>
        <message>
            <source>Out of memory</source>
            <translation>内存不足</translation>
        </message>
        <message>
            <source>Lower the maximum sequence length or the batch size, turn on gradient checkpointing, or load the base model in 4-bit NF4 (QLoRA). The Model page shows what each choice needs.</source>
            <translation>降低最大序列长度或批大小，开启梯度检查点，或以 4 位 NF4（QLoRA）加载基础模型。“模型”页面显示每种选择所需的内存。</translation>
        </message>
        <message>
            <source>The system could not allocate the memory this step needs.</source>
            <translation>系统无法分配此步骤所需的内存。</translation>
        </message>
        <message>
            <source>Settings cannot be used</source>
            <translation>设置无法使用</translation>
        </message>
        <message>
            <source>Check the model folder's config.json and the values on this page, then try again.</source>
            <translation>检查模型文件夹的 config.json 和本页的数值，然后重试。</translation>
        </message>
        <message>
            <source>Checkpoint or adapter unreadable</source>
            <translation>检查点或适配器无法读取</translation>
        </message>
        <message>
            <source>The file may be incomplete: choose another checkpoint, or train again from the start.</source>
            <translation>文件可能不完整：请选择另一个检查点，或从头重新训练。</translation>
        </message>
        <message>
            <source>Tokenizer problem</source>
            <translation>分词器问题</translation>
        </message>
        <message>
            <source>The model folder needs a tokenizer.json or tokenizer.model that matches the model.</source>
            <translation>模型文件夹需要与模型匹配的 tokenizer.json 或 tokenizer.model。</translation>
        </message>
        <message>
            <source>Dataset problem</source>
            <translation>数据集问题</translation>
        </message>
        <message>
            <source>Training stopped</source>
            <translation>训练已停止</translation>
        </message>
        <message>
            <source>If the loss became NaN, lower the learning rate or the gradient clip; the last checkpoint can be resumed.</source>
            <translation>如果损失变为 NaN，请降低学习率或梯度裁剪；可以从最后一个检查点继续。</translation>
        </message>
        <message>
            <source>Could not write a file</source>
            <translation>无法写入文件</translation>
        </message>
        <message>
            <source>Check that the disk has free space and that the folder is writable. Nothing was replaced.</source>
            <translation>请检查磁盘是否有空闲空间以及文件夹是否可写。没有替换任何内容。</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>出错了</translation>
        </message>
        <message>
            <source>Try again; if it happens again, report it with this message.</source>
            <translation>请重试；如果再次发生，请附上此消息报告。</translation>
        </message>
        <message>
            <source>An unknown error occurred in the engine.</source>
            <translation>引擎中发生未知错误。</translation>
        </message>
        <message>
            <source>Try again; if it happens again, report it with what you did.</source>
            <translation>请重试；如果再次发生，请说明您的操作并报告。</translation>
        </message>
        <message>
            <source>Open the file on the Data page (Import…), choose which column holds the prompt and which the answer, and train from there.</source>
            <translation>在数据页打开该文件（导入…），选择哪一列是提示词、哪一列是回答，然后从那里开始训练。</translation>
        </message>
        <message>
            <source>The dataset's columns are not mapped</source>
            <translation>数据集的列尚未映射</translation>
        </message>
        <message>
            <source>Falconry cannot tell which columns of %1 hold the prompt and the answer (columns: %2).</source>
            <translation>Falconry 无法判断 %1 的哪些列是提示词和回答（列：%2）。</translation>
        </message>
        <message>
            <source>No column holds the answers</source>
            <translation>没有列包含回答</translation>
        </message>
        <message>
            <source>No column of %1 is mapped to the answers the model should learn (columns: %2).</source>
            <translation>%1 中没有列被映射为模型要学习的回答（列：%2）。</translation>
        </message>
        <message>
            <source>Nothing to train on</source>
            <translation>没有可训练的内容</translation>
        </message>
        <message>
            <source>Every row of %1 has an empty answer, so there is nothing for the model to learn.</source>
            <translation>%1 的每一行回答都为空，模型没有可学习的内容。</translation>
        </message>
        <message>
            <source>Check the column mapped to the answers on the Data page.</source>
            <translation>请在数据页检查映射为回答的列。</translation>
        </message>
        <message>
            <source>Fix the row named above on the Data page, or choose another file.</source>
            <translation>请在数据页修正上面指出的行，或选择其他文件。</translation>
        </message>
        <message>
            <source>The file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <source>%1 holds no examples: it is empty or has only blank lines.</source>
            <translation>%1 中没有示例：文件为空或只有空行。</translation>
        </message>
        <message>
            <source>Choose the file that holds your examples.</source>
            <translation>请选择包含示例的文件。</translation>
        </message>
        <message>
            <source>Not a text file</source>
            <translation>不是文本文件</translation>
        </message>
        <message>
            <source>%1 holds binary data (a program, an image or an archive?), not examples as text.</source>
            <translation>%1 包含二进制数据（程序、图片或压缩包？），而不是文本形式的示例。</translation>
        </message>
        <message>
            <source>Falconry reads examples from CSV, TSV, JSON, JSONL or plain text files. Choose one of those.</source>
            <translation>Falconry 从 CSV、TSV、JSON、JSONL 或纯文本文件读取示例。请选择其中一种。</translation>
        </message>
        <message>
            <source>A record is far too long</source>
            <translation>某条记录过长</translation>
        </message>
        <message>
            <source>%1 holds a record longer than %2 MiB, so it is most likely not a dataset (or a quote is never closed).</source>
            <translation>%1 中有一条超过 %2 MiB 的记录，它很可能不是数据集（或有未闭合的引号）。</translation>
        </message>
        <message>
            <source>Check that this is the file you meant; if it is a CSV file, look for an unclosed quote.</source>
            <translation>请确认这是您要的文件；如果是 CSV 文件，请查找未闭合的引号。</translation>
        </message>
        <message>
            <source>The run folder is in use</source>
            <translation>运行文件夹正在使用中</translation>
        </message>
        <message>
            <source>Another Falconry window or process is writing to %1 right now (%2).</source>
            <translation>另一个 Falconry 窗口或进程正在写入 %1（%2）。</translation>
        </message>
        <message>
            <source>Wait until it finishes, or stop it there; two runs cannot write to one folder.</source>
            <translation>请等待其完成，或在那里停止它；两个运行不能写入同一个文件夹。</translation>
        </message>
        <message>
            <source>Training diverged</source>
            <translation>训练发散了</translation>
        </message>
        <message>
            <source>The loss rose far above where it started, so the run was stopped before it got worse.</source>
            <translation>损失远高于起始值，因此在情况变得更糟之前停止了运行。</translation>
        </message>
        <message>
            <source>No checkpoint was written before that, so a resume starts again from the beginning.</source>
            <translation>在此之前没有写入检查点，因此继续训练将从头开始。</translation>
        </message>
        <message>
            <source>The checkpoint with the lowest loss is kept: %1.</source>
            <translation>已保留损失最低的检查点：%1。</translation>
        </message>
        <message>
            <source>Lower the learning rate on this page (to about a quarter), select the run under "Runs" and press "Resume selected run": it continues from that checkpoint with the new rate.</source>
            <translation>在此页面降低学习率（约为四分之一），在“运行”下选中该运行并点击“继续所选运行”：它将从该检查点以新的学习率继续。</translation>
        </message>
    </context>
    <context>
        <name>ExportJob</name>
        <message>
            <source>Copying %1</source>
            <translation>正在复制 %1</translation>
        </message>
        <message>
            <source>Adapter saved</source>
            <translation>适配器已保存</translation>
        </message>
        <message>
            <source>Adapter saved to %1</source>
            <translation>适配器已保存到 %1</translation>
        </message>
        <message>
            <source>Loading the base model…</source>
            <translation>正在加载基础模型…</translation>
        </message>
        <message>
            <source>Writing the merged model…</source>
            <translation>正在写入合并后的模型…</translation>
        </message>
        <message>
            <source>Merged model saved</source>
            <translation>合并后的模型已保存</translation>
        </message>
        <message>
            <source>Merged model saved to %1 (%2 LoRA layers folded in)</source>
            <translation>合并后的模型已保存到 %1（并入了 %2 个 LoRA 层）</translation>
        </message>
        <message>
            <source>Writing tensor %1 of %2 (%3)</source>
            <translation>正在写入张量 %1 / %2（%3）</translation>
        </message>
        <message>
            <source>GGUF saved to %1 (%2)</source>
            <translation>GGUF 已保存到 %1（%2）</translation>
        </message>
        <message>
            <source>To run it in Ollama, open a terminal in %1 and type: ollama create %2 -f Modelfile</source>
            <translation>要在 Ollama 中运行，请在 %1 中打开终端并输入：ollama create %2 -f Modelfile</translation>
        </message>
        <message>
            <source>GGUF saved</source>
            <translation>GGUF 已保存</translation>
        </message>
    </context>
    <context>
        <name>KnowledgePage</name>
        <message>
            <source>, page %1</source>
            <translation>，第 %1 页</translation>
        </message>
        <message>
            <source>, line %1</source>
            <translation>，第 %1 行</translation>
        </message>
        <message>
            <source>Importing %1 (%2 of %3)…</source>
            <translation>正在导入 %1（第 %2 个，共 %3 个）…</translation>
        </message>
        <message>
            <source>Finishing…</source>
            <translation>正在完成…</translation>
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
        <message>
            <source>Working…</source>
            <translation>正在处理…</translation>
        </message>
        <message>
            <source>Training finished</source>
            <translation>训练完成</translation>
        </message>
        <message>
            <source>&amp;Open Model Folder…</source>
            <translation>打开模型文件夹(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>跟随系统(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <source>Memory: %1 used by Falconry, %2 free</source>
            <translation>内存：Falconry 占用 %1，可用 %2</translation>
        </message>
        <message>
            <source>A training run is in progress. Quit anyway? The run stops; its last checkpoint can be resumed later.</source>
            <translation>正在训练。仍要退出吗？训练将停止；之后可从最后一个检查点继续。</translation>
        </message>
        <message>
            <source>The engine is still working. Quit anyway?</source>
            <translation>引擎仍在工作。仍要退出吗？</translation>
        </message>
        <message>
            <source>Quit Falconry?</source>
            <translation>退出 Falconry？</translation>
        </message>
        <message>
            <source>Falconry demo model</source>
            <translation>Falconry 演示模型</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>演示</translation>
        </message>
        <message>
            <source>Start the &amp;Demo</source>
            <translation>启动演示(&amp;D)</translation>
        </message>
        <message>
            <source>This build of Falconry has no bundled demo model or dataset.</source>
            <translation>此版本的 Falconry 未附带演示模型或数据集。</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>知识库</translation>
        </message>
        <message>
            <source>Demo: check that "customer_message" is the user and "agent_reply" the assistant (tick "These roles are right"), then train with the "Quick test" preset.</source>
            <translation>演示：确认“customer_message”是用户、“agent_reply”是助手（勾选“这些角色是正确的”），然后使用“快速测试”预设进行训练。</translation>
        </message>
    </context>
    <context>
        <name>MemoryPlan</name>
        <message>
            <source>Weights (NF4)</source>
            <translation>权重（NF4）</translation>
        </message>
        <message>
            <source>Weights (bf16)</source>
            <translation>权重（bf16）</translation>
        </message>
        <message>
            <source>LoRA</source>
            <translation>LoRA</translation>
        </message>
        <message>
            <source>Optimizer state</source>
            <translation>优化器状态</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>激活</translation>
        </message>
        <message>
            <source>KV cache</source>
            <translation>KV 缓存</translation>
        </message>
        <message>
            <source>Runtime</source>
            <translation>运行时</translation>
        </message>
    </context>
    <context>
        <name>ModelCatalogue</name>
        <message>
            <source>%1 has no config.json: choose the folder that holds config.json, the *.safetensors files and tokenizer.json.</source>
            <translation>%1 中没有 config.json：请选择包含 config.json、*.safetensors 文件和 tokenizer.json 的文件夹。</translation>
        </message>
        <message>
            <source>No *.safetensors weights in %1.</source>
            <translation>%1 中没有 *.safetensors 权重。</translation>
        </message>
        <message>
            <source>Only PyTorch .bin weights in %1; Falconry reads safetensors. Convert them or download the safetensors revision.</source>
            <translation>%1 中只有 PyTorch .bin 权重；Falconry 读取 safetensors。请转换或下载 safetensors 版本。</translation>
        </message>
        <message>
            <source>No tokenizer.json or tokenizer.model in %1.</source>
            <translation>%1 中没有 tokenizer.json 或 tokenizer.model。</translation>
        </message>
    </context>
    <context>
        <name>ModelPage</name>
        <message>
            <source>%1 B</source>
            <translation>%1B</translation>
        </message>
        <message>
            <source>%1 M</source>
            <translation>%1M</translation>
        </message>
        <message>
            <source>%1 k</source>
            <translation>%1K</translation>
        </message>
    </context>
    <context>
        <name>PreferenceStore</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Could not write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>StartCheck</name>
        <message>
            <source>With these settings (max length %1, batch size %2, %3) the run needs about %4 of memory, but %5 is free now: it would swap or be stopped by the system.</source>
            <translation>按这些设置（最大长度 %1，批大小 %2，%3），此次运行需要约 %4 内存，但目前只有 %5 可用：系统会使用交换空间或终止运行。</translation>
        </message>
        <message>
            <source>4-bit NF4 base</source>
            <translation>4 位 NF4 基础</translation>
        </message>
        <message>
            <source>bf16 base</source>
            <translation>bf16 基础</translation>
        </message>
        <message>
            <source>With a 4-bit NF4 base (QLoRA) it needs %1 and fits.</source>
            <translation>使用 4 位 NF4 基础（QLoRA）时需要 %1，可以容纳。</translation>
        </message>
        <message>
            <source>A shorter max length, a smaller batch or the "Low memory" preset need less.</source>
            <translation>更短的最大长度、更小的批次或“低内存”预设所需更少。</translation>
        </message>
    </context>
    <context>
        <name>StrategyCheckJob</name>
        <message>
            <source>Loading the model…</source>
            <translation>正在加载模型…</translation>
        </message>
        <message>
            <source>%1 of %2 answers</source>
            <translation>%1 / %2 个回答</translation>
        </message>
    </context>
    <context>
        <name>TrainJob</name>
        <message>
            <source>Paused at step %1.</source>
            <translation>已在第 %1 步暂停。</translation>
        </message>
        <message>
            <source>Run %1 after %2 steps, final loss %3.</source>
            <translation>运行%1，共 %2 步，最终损失 %3。</translation>
        </message>
        <message>
            <source>Eval loss %1.</source>
            <translation>评估损失 %1。</translation>
        </message>
        <message>
            <source>Probe answers took %1 s.</source>
            <translation>探测提示词的回答耗时 %1 秒。</translation>
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
            <translation>%1 字节</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui</name>
        <message>
            <source>No such model on the Hub</source>
            <translation>Hub 上没有这个模型</translation>
        </message>
        <message>
            <source>Check the name (organisation/model, for example tiiuae/falcon-7b).</source>
            <translation>请检查名称（组织/模型，例如 tiiuae/falcon-7b）。</translation>
        </message>
        <message>
            <source>This model needs its licence accepted</source>
            <translation>此模型需要先接受其许可证</translation>
        </message>
        <message>
            <source>Open the model's page on huggingface.co, accept the licence while signed in, then sign in here (Export page, Upload to the Hub…) with a token of that account.</source>
            <translation>在 huggingface.co 上打开该模型的页面，登录后接受许可证，然后在这里（“导出”页，上传到 Hub…）用该账户的令牌登录。</translation>
        </message>
        <message>
            <source>Not signed in, or the token was refused</source>
            <translation>未登录，或令牌被拒绝</translation>
        </message>
        <message>
            <source>Sign in with a Hugging Face access token (huggingface.co → Settings → Access Tokens).</source>
            <translation>请用 Hugging Face 访问令牌登录（huggingface.co → Settings → Access Tokens）。</translation>
        </message>
        <message>
            <source>This account may not do that</source>
            <translation>此账户没有这样做的权限</translation>
        </message>
        <message>
            <source>Uploading needs a token with write access, to your own account or an organisation you belong to.</source>
            <translation>上传需要一个具有写入权限的令牌，可写入您自己的账户或您所属的组织。</translation>
        </message>
        <message>
            <source>No connection to the Hugging Face Hub</source>
            <translation>无法连接到 Hugging Face Hub</translation>
        </message>
        <message>
            <source>Check the network (and a proxy, if you use one), then try again: what was downloaded is kept.</source>
            <translation>请检查网络（如使用代理，也请检查代理），然后重试：已下载的内容会保留。</translation>
        </message>
        <message>
            <source>The Hugging Face Hub is busy</source>
            <translation>Hugging Face Hub 正忙</translation>
        </message>
        <message>
            <source>Try again in a few minutes: what was downloaded is kept.</source>
            <translation>请过几分钟再试：已下载的内容会保留。</translation>
        </message>
        <message>
            <source>Not enough disk space</source>
            <translation>磁盘空间不足</translation>
        </message>
        <message>
            <source>Free some space and start again: the download continues where it stopped.</source>
            <translation>请释放一些空间后重新开始：下载会从中断处继续。</translation>
        </message>
        <message>
            <source>A downloaded file was damaged</source>
            <translation>一个已下载的文件已损坏</translation>
        </message>
        <message>
            <source>The damaged file was deleted and nothing of it is used. Download again.</source>
            <translation>损坏的文件已删除，其中任何内容都不会被使用。请重新下载。</translation>
        </message>
        <message>
            <source>Falconry cannot use this</source>
            <translation>Falconry 无法使用它</translation>
        </message>
        <message>
            <source>The server answered something unexpected</source>
            <translation>服务器返回了意外的响应</translation>
        </message>
        <message>
            <source>Check HF_ENDPOINT if you set it; otherwise try again later.</source>
            <translation>如果设置了 HF_ENDPOINT，请检查它；否则请稍后再试。</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>What was downloaded is kept; starting again continues from there.</source>
            <translation>已下载的内容会保留；重新开始时会从那里继续。</translation>
        </message>
        <message>
            <source>The server did not accept the API key</source>
            <translation>服务器不接受该 API 密钥</translation>
        </message>
        <message>
            <source>Enter the key the service gave you (it is kept in the system keychain). Local servers such as Ollama or llama.cpp need none: leave it empty.</source>
            <translation>请输入服务方提供的密钥（保存在系统钥匙串中）。Ollama、llama.cpp 等本地服务器不需要密钥：留空即可。</translation>
        </message>
        <message>
            <source>The API key may not use this model</source>
            <translation>该 API 密钥无权使用此模型</translation>
        </message>
        <message>
            <source>Choose another model from the server's list, or use a key with access to this one.</source>
            <translation>请从服务器列表中选择其他模型，或使用有权访问此模型的密钥。</translation>
        </message>
        <message>
            <source>The server does not know this address or model</source>
            <translation>服务器不认识此地址或模型</translation>
        </message>
        <message>
            <source>The base URL ends in /v1, for example http://localhost:11434/v1. Press “List models” to see the models the server has.</source>
            <translation>基础 URL 以 /v1 结尾，例如 http://localhost:11434/v1。点击“列出模型”可查看服务器上的模型。</translation>
        </message>
        <message>
            <source>The server refused the request</source>
            <translation>服务器拒绝了请求</translation>
        </message>
        <message>
            <source>Fewer tokens per answer or another model may help; the server's reason is below.</source>
            <translation>减少每个回答的词元数或换一个模型可能有帮助；服务器给出的原因见下方。</translation>
        </message>
        <message>
            <source>The server is limiting how fast requests may come</source>
            <translation>服务器正在限制请求速率</translation>
        </message>
        <message>
            <source>Wait a minute and resume: the rows finished so far are kept.</source>
            <translation>请稍等一分钟再继续：已完成的行会保留。</translation>
        </message>
        <message>
            <source>The server failed to answer</source>
            <translation>服务器未能应答</translation>
        </message>
        <message>
            <source>Try again later; the rows finished so far are kept.</source>
            <translation>请稍后再试；已完成的行会保留。</translation>
        </message>
        <message>
            <source>Could not reach the server</source>
            <translation>无法连接服务器</translation>
        </message>
        <message>
            <source>Check the base URL and that the server is running (for Ollama: “ollama serve”).</source>
            <translation>请检查基础 URL 以及服务器是否在运行（Ollama：“ollama serve”）。</translation>
        </message>
        <message>
            <source>The server stopped answering midway</source>
            <translation>服务器在回答中途停止</translation>
        </message>
        <message>
            <source>The connection broke twice in a row. Try again; the rows finished so far are kept.</source>
            <translation>连接连续断开了两次。请重试；已完成的行会保留。</translation>
        </message>
        <message>
            <source>The server does not speak the OpenAI chat protocol</source>
            <translation>服务器不支持 OpenAI 聊天协议</translation>
        </message>
        <message>
            <source>Check that the base URL points at an OpenAI-compatible API (ending in /v1).</source>
            <translation>请确认基础 URL 指向兼容 OpenAI 的 API（以 /v1 结尾）。</translation>
        </message>
        <message>
            <source>Generation was stopped</source>
            <translation>生成已停止</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::AdapterMapDialog</name>
        <message>
            <source>Adapter map</source>
            <translation>适配器图谱</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <source>Update size (norm of scale·B·A)</source>
            <translation>更新大小（scale·B·A 的范数）</translation>
        </message>
        <message>
            <source>Effective rank (how many directions it uses)</source>
            <translation>有效秩（使用了多少个方向）</translation>
        </message>
        <message>
            <source>Similarity to the other adapter (cosine)</source>
            <translation>与另一个适配器的相似度（余弦）</translation>
        </message>
        <message>
            <source>Compare with…</source>
            <translation>对比…</translation>
        </message>
        <message>
            <source>Choose a second adapter of the same model: each cell then says how alike the two updates are (1 = the same direction, 0 = unrelated, -1 = opposite)</source>
            <translation>选择同一模型的第二个适配器：每个单元格随后显示两次更新的相似程度（1 = 方向相同，0 = 无关，-1 = 相反）</translation>
        </message>
        <message>
            <source>No comparison</source>
            <translation>不对比</translation>
        </message>
        <message>
            <source>Each cell is one LoRA module: a darker cell changed its layer more. The effective rank says how many independent directions of the rank r the update really uses. Hover a cell for its figures.</source>
            <translation>每个单元格是一个 LoRA 模块：颜色越深，对其所在层的改变越大。有效秩表示更新实际使用了秩 r 中的多少个独立方向。将鼠标悬停在单元格上可查看其数值。</translation>
        </message>
        <message>
            <source>Adapter: %1</source>
            <translation>适配器：%1</translation>
        </message>
        <message>
            <source>Adapter: %1
Compared with: %2</source>
            <translation>适配器：%1
对比对象：%2</translation>
        </message>
        <message>
            <source>Adapter to compare with</source>
            <translation>要对比的适配器</translation>
        </message>
        <message>
            <source>This adapter cannot be shown: %1</source>
            <translation>无法显示此适配器：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s) in %1 layer(s); rank %2, alpha %3, scale %4%5.</source>
            <translation>
                <numerusform>%n 个模块，分布在 %1 层；秩 %2，alpha %3，缩放 %4%5。</numerusform>
            </translation>
        </message>
        <message>
            <source> (rsLoRA: alpha / √r)</source>
            <translation>（rsLoRA：alpha / √r）</translation>
        </message>
        <message>
            <source>The largest update is layer %1's %2 (norm %3).</source>
            <translation>最大的更新位于第 %1 层的 %2（范数 %3）。</translation>
        </message>
        <message numerus="yes">
            <source>Mean similarity to the other adapter: %1 over %n module(s).</source>
            <translation>
                <numerusform>与另一个适配器的平均相似度：%1（共 %n 个模块）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The other adapter shares no module with this one.</source>
            <translation>另一个适配器与此适配器没有共同的模块。</translation>
        </message>
        <message>
            <source>Reading the adapter and measuring its updates…</source>
            <translation>正在读取适配器并测量其更新…</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::AdapterMapView</name>
        <message>
            <source>Layer %1, %2: no adapter on this module</source>
            <translation>第 %1 层，%2：此模块上没有适配器</translation>
        </message>
        <message>
            <source>%1
Layer %2, %3
Update size (Frobenius norm of scale·B·A): %4
Effective rank: %5 of %6</source>
            <translation>%1
第 %2 层，%3
更新大小（scale·B·A 的 Frobenius 范数）：%4
有效秩：%5 / %6</translation>
        </message>
        <message>
            <source>Similarity to the other adapter (cosine): %1</source>
            <translation>与另一个适配器的相似度（余弦）：%1</translation>
        </message>
        <message>
            <source>Similarity: the other adapter has no update here</source>
            <translation>相似度：另一个适配器在此处没有更新</translation>
        </message>
        <message>
            <source>No adapter to show.</source>
            <translation>没有可显示的适配器。</translation>
        </message>
        <message>
            <source>layer %1</source>
            <translation>第 %1 层</translation>
        </message>
        <message>
            <source>update size</source>
            <translation>更新大小</translation>
        </message>
        <message>
            <source>effective rank</source>
            <translation>有效秩</translation>
        </message>
        <message>
            <source>cosine similarity</source>
            <translation>余弦相似度</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ChatPane</name>
        <message>
            <source>You: %1

Model: %2

</source>
            <translation>你：%1

模型：%2

</translation>
        </message>
        <message>
            <source>You: %1

Model: %2
</source>
            <translation>你：%1

模型：%2
</translation>
        </message>
        <message>
            <source>You</source>
            <translation>你</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Passage [%1]</source>
            <translation>段落 [%1]</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>来源：%1</translation>
        </message>
        <message>
            <source>From the knowledge base:</source>
            <translation>来自知识库：</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ComparePage</name>
        <message>
            <source>What to compare</source>
            <translation>比较内容</translation>
        </message>
        <message>
            <source>PEFT folder…</source>
            <translation>PEFT 文件夹…</translation>
        </message>
        <message>
            <source>Any PEFT LoRA adapter folder (adapter_config.json + adapter_model.safetensors)</source>
            <translation>任意 PEFT LoRA 适配器文件夹（adapter_config.json + adapter_model.safetensors）</translation>
        </message>
        <message>
            <source>Adapter:</source>
            <translation>适配器：</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>模板：</translation>
        </message>
        <message>
            <source>Blind mode (shuffle sides, vote)</source>
            <translation>盲测模式（随机左右，投票）</translation>
        </message>
        <message>
            <source>Hide which side is tuned; vote for the better answer. Votes are saved as preference data.</source>
            <translation>隐藏哪一侧是微调模型；为更好的回答投票。投票保存为偏好数据。</translation>
        </message>
        <message>
            <source>0 = always the most likely token (greedy); 0.7 is a common choice; above 1 rambles</source>
            <translation>0 = 总是选最可能的词元（贪心）；常用 0.7；大于 1 会跑题</translation>
        </message>
        <message>
            <source>Sample from the smallest set of tokens whose probabilities add up to this. 0.9–0.95</source>
            <translation>从概率之和达到该值的最小词元集合中采样。0.9–0.95</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Sample from this many most likely tokens. 20–100; off = no limit</source>
            <translation>从这么多个最可能的词元中采样。20–100；关闭 = 不限</translation>
        </message>
        <message>
            <source>Above 1 discourages repeating tokens. 1.0–1.2</source>
            <translation>大于 1 会抑制重复词元。1.0–1.2</translation>
        </message>
        <message>
            <source>Temperature:</source>
            <translation>温度：</translation>
        </message>
        <message>
            <source>Top-p:</source>
            <translation>Top-p：</translation>
        </message>
        <message>
            <source>Top-k:</source>
            <translation>Top-k：</translation>
        </message>
        <message>
            <source>Max new tokens:</source>
            <translation>最多新词元：</translation>
        </message>
        <message>
            <source>Repetition penalty:</source>
            <translation>重复惩罚：</translation>
        </message>
        <message>
            <source>A is better</source>
            <translation>A 更好</translation>
        </message>
        <message>
            <source>Tie</source>
            <translation>平局</translation>
        </message>
        <message>
            <source>B is better</source>
            <translation>B 更好</translation>
        </message>
        <message>
            <source>Type a message for both models (Ctrl+Enter sends)</source>
            <translation>为两个模型输入消息（Ctrl+Enter 发送）</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy both conversations</source>
            <translation>复制两段对话</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>Start a new conversation</source>
            <translation>开始新对话</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>Current run: final adapter (%1)</source>
            <translation>当前运行：最终适配器（%1）</translation>
        </message>
        <message>
            <source>Current run: checkpoint %1</source>
            <translation>当前运行：检查点 %1</translation>
        </message>
        <message>
            <source>Choose a PEFT adapter folder</source>
            <translation>选择 PEFT 适配器文件夹</translation>
        </message>
        <message>
            <source>Not an adapter folder</source>
            <translation>不是适配器文件夹</translation>
        </message>
        <message>
            <source>%1 has no adapter_config.json. A PEFT LoRA adapter folder holds adapter_config.json and adapter_model.safetensors.</source>
            <translation>%1 中没有 adapter_config.json。PEFT LoRA 适配器文件夹包含 adapter_config.json 和 adapter_model.safetensors。</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>one of the two models</source>
            <translation>两个模型之一</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>the other model</source>
            <translation>另一个模型</translation>
        </message>
        <message>
            <source>no model chosen</source>
            <translation>未选择模型</translation>
        </message>
        <message>
            <source>%1 + %2</source>
            <translation>%1 + %2</translation>
        </message>
        <message>
            <source>Choose a model in the Model step first.</source>
            <translation>请先在“模型”步骤中选择一个模型。</translation>
        </message>
        <message>
            <source>The engine is busy (training?). Wait or stop it first.</source>
            <translation>引擎正忙（在训练？）。请等待或先停止它。</translation>
        </message>
        <message>
            <source>Which answer is better?</source>
            <translation>哪个回答更好？</translation>
        </message>
        <message>
            <source>Nothing to vote on yet.</source>
            <translation>还没有可投票的内容。</translation>
        </message>
        <message>
            <source>tuned</source>
            <translation>微调</translation>
        </message>
        <message>
            <source>base</source>
            <translation>基础</translation>
        </message>
        <message>
            <source>Tie noted (not written: preference data needs a winner). A was %1, B was %2.</source>
            <translation>已记录平局（未写入：偏好数据需要胜者）。A 是%1，B 是%2。</translation>
        </message>
        <message>
            <source>Vote saved (%1 in %2). A was %3, B was %4.</source>
            <translation>投票已保存（%2 中共 %1 条）。A 是%3，B 是%4。</translation>
        </message>
        <message>
            <source>answer complete</source>
            <translation>回答完整</translation>
        </message>
        <message>
            <source>cut at the token limit (raise "Max new tokens")</source>
            <translation>在词元上限处截断（请调高“最多新词元”）</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s), %1; both sides at %2 tokens/s</source>
            <translation>
                <numerusform>%n 个词元，%1；两侧均为 %2 词元/秒</numerusform>
            </translation>
        </message>
        <message>
            <source>As trained</source>
            <translation>与训练时相同</translation>
        </message>
        <message>
            <source>How a conversation is written for the model. "As trained" uses the template and mapping of the run the adapter comes from (or the Data page's), exactly as training did.</source>
            <translation>对话如何写给模型。“与训练时相同”使用适配器所属运行的模板和映射（或数据页的设置），与训练完全一致。</translation>
        </message>
        <message>
            <source>stopped (not part of the conversation)</source>
            <translation>已停止（不计入对话）</translation>
        </message>
        <message>
            <source>None: the base model answers alone</source>
            <translation>无：只有基础模型回答</translation>
        </message>
        <message>
            <source>no adapter yet: train one on the Train page, or choose a PEFT folder</source>
            <translation>还没有适配器：在训练页训练一个，或选择一个 PEFT 文件夹</translation>
        </message>
        <message>
            <source>Prompts are written with the template %1.</source>
            <translation>提示词使用模板 %1 书写。</translation>
        </message>
        <message>
            <source>Prompts are written as run %1 was trained: template %2.</source>
            <translation>提示词按运行 %1 的训练方式书写：模板 %2。</translation>
        </message>
        <message>
            <source>No adapter is chosen: only the base model answers.</source>
            <translation>未选择适配器：只有基础模型回答。</translation>
        </message>
        <message>
            <source>Send to both models (Ctrl+Enter)</source>
            <translation>发送给两个模型（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Blind mode needs two models: choose an adapter first.</source>
            <translation>盲测模式需要两个模型：请先选择适配器。</translation>
        </message>
        <message>
            <source>The template cannot write this conversation: %1</source>
            <translation>该模板无法书写此对话：%1</translation>
        </message>
        <message>
            <source>no adapter chosen: only the base model answered</source>
            <translation>未选择适配器：只有基础模型作答</translation>
        </message>
        <message>
            <source>Left:</source>
            <translation>左侧：</translation>
        </message>
        <message>
            <source>Right:</source>
            <translation>右侧：</translation>
        </message>
        <message>
            <source>The knowledge base is empty: add documents on the Knowledge page first.</source>
            <translation>知识库为空：请先在“知识库”页面添加文档。</translation>
        </message>
        <message>
            <source>The left side is set to the tuned model: choose an adapter first.</source>
            <translation>左侧设为微调模型：请先选择一个适配器。</translation>
        </message>
        <message>
            <source>4-bit weights for chat</source>
            <translation>聊天使用 4 位权重</translation>
        </message>
        <message>
            <source>Answer from the model's weights quantized to 4 bits (NF4, as QLoRA holds them): about a quarter of the memory and faster answers on a CPU; the text can differ a little from the full weights'. Both sides share the one 4-bit copy. On by default for models of a billion parameters or more.</source>
            <translation>使用量化为 4 位的模型权重作答（NF4，与 QLoRA 保存权重的方式相同）：内存约为四分之一，在 CPU 上回答更快；文本可能与完整权重的回答略有不同。两侧共用同一份 4 位副本。对十亿参数及以上的模型默认开启。</translation>
        </message>
        <message>
            <source>The answers come from one 4-bit (NF4) copy of the weights.</source>
            <translation>回答来自一份 4 位（NF4）权重副本。</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s), %1; at %2 tokens/s</source>
            <translation>
                <numerusform>%n 个词元，%1；%2 词元/秒</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::CompareSideChooser</name>
        <message>
            <source>Base model</source>
            <translation>基础模型</translation>
        </message>
        <message>
            <source>Tuned model</source>
            <translation>微调模型</translation>
        </message>
        <message>
            <source>with the knowledge base</source>
            <translation>使用知识库</translation>
        </message>
        <message>
            <source>Put the passages of the knowledge base that match the message in front of it, numbered, and ask for an answer that cites them</source>
            <translation>把知识库中与消息匹配的段落编号后放在消息前面，并要求回答注明出处</translation>
        </message>
        <message>
            <source>Tuned model + knowledge base</source>
            <translation>微调模型 + 知识库</translation>
        </message>
        <message>
            <source>Base model + knowledge base</source>
            <translation>基础模型 + 知识库</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::DataPage</name>
        <message>
            <source>Edit %1</source>
            <translation>编辑 %1</translation>
        </message>
        <message>
            <source>&lt;h3&gt;No dataset yet&lt;/h3&gt;&lt;p&gt;Import a CSV, TSV, JSON, JSONL or text file — or drop one on the window. Falconry detects its format, lets you map its columns to roles and shows every example exactly as the model will see it.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;还没有数据集&lt;/h3&gt;&lt;p&gt;导入 CSV、TSV、JSON、JSONL 或文本文件，或将文件拖放到窗口上。Falconry 会检测其格式，让您把列映射到角色，并按模型看到的样子显示每个示例。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Import a dataset…</source>
            <translation>导入数据集…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Data&lt;/b&gt; — no dataset open</source>
            <translation>&lt;b&gt;数据&lt;/b&gt; — 未打开数据集</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Open project…</source>
            <translation>打开项目…</translation>
        </message>
        <message>
            <source>Open a dataset project</source>
            <translation>打开数据集项目</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>打开项目</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Export the dataset</source>
            <translation>导出数据集</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
            <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>添加行</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Find &amp;&amp; replace…</source>
            <translation>查找和替换…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Filter rows by text</source>
            <translation>按文本筛选行</translation>
        </message>
        <message>
            <source>Regex</source>
            <translation>正则</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>所有行</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>检查器</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>质量</translation>
        </message>
        <message>
            <source>Find and replace</source>
            <translation>查找和替换</translation>
        </message>
        <message>
            <source>Regular expression (\1 in the replacement is a captured group)</source>
            <translation>正则表达式（替换中的 \1 表示捕获组）</translation>
        </message>
        <message>
            <source>All columns</source>
            <translation>所有列</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>查找：</translation>
        </message>
        <message>
            <source>Replace with:</source>
            <translation>替换为：</translation>
        </message>
        <message>
            <source>In:</source>
            <translation>范围：</translation>
        </message>
        <message>
            <source>Replace all</source>
            <translation>全部替换</translation>
        </message>
        <message>
            <source>Invalid regular expression: %1</source>
            <translation>无效的正则表达式：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) changed</source>
            <translation>
                <numerusform>已更改 %n 个单元格</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>Nothing was read.</source>
            <translation>未读取到任何内容。</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Data&lt;/b&gt; — %1 · %n row(s)</source>
            <translation>
                <numerusform>&lt;b&gt;数据&lt;/b&gt; — %1 · %n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Select a row to see it as the model does.</source>
            <translation>选择一行，查看模型看到的样子。</translation>
        </message>
        <message>
            <source>Row %1 cannot be rendered: %2</source>
            <translation>第 %1 行无法渲染：%2</translation>
        </message>
        <message numerus="yes">
            <source>Drop %n exact duplicate(s)</source>
            <translation>
                <numerusform>删除 %n 个完全重复项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Drop %n empty row(s)</source>
            <translation>
                <numerusform>删除 %n 个空行</numerusform>
            </translation>
        </message>
        <message>
            <source>Generate…</source>
            <translation>生成…</translation>
        </message>
        <message>
            <source>Write new examples with a model or an OpenAI-compatible server</source>
            <translation>用模型或兼容 OpenAI 的服务器编写新示例</translation>
        </message>
        <message numerus="yes">
            <source>Generate %n row(s)</source>
            <translation>
                <numerusform>生成 %n 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Accept %n generated row(s)</source>
            <translation>
                <numerusform>接受 %n 行生成的数据</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reject %n generated row(s)</source>
            <translation>
                <numerusform>拒绝 %n 行生成的数据</numerusform>
            </translation>
        </message>
        <message>
            <source>Accept selected</source>
            <translation>接受所选</translation>
        </message>
        <message>
            <source>Reject selected</source>
            <translation>拒绝所选</translation>
        </message>
        <message>
            <source>Accept all</source>
            <translation>全部接受</translation>
        </message>
        <message>
            <source>Reject all</source>
            <translation>全部拒绝</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n generated row(s)&lt;/b&gt; to review: accept keeps them, reject deletes them.</source>
            <translation>
                <numerusform>&lt;b&gt;%n 行生成的数据&lt;/b&gt;待审阅：接受则保留，拒绝则删除。</numerusform>
            </translation>
        </message>
        <message>
            <source>Generated, to review (%1)</source>
            <translation>已生成，待审阅（%1）</translation>
        </message>
        <message>
            <source>Generated (%1)</source>
            <translation>已生成（%1）</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::DownloadManager</name>
        <message>
            <source>The download failed</source>
            <translation>下载失败</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::DownloadPanel</name>
        <message>
            <source>%1 h %2 min left</source>
            <translation>剩余 %1 小时 %2 分钟</translation>
        </message>
        <message>
            <source>%1 min left</source>
            <translation>剩余 %1 分钟</translation>
        </message>
        <message>
            <source>%1 s left</source>
            <translation>剩余 %1 秒</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stops the download; what was downloaded is kept and a new download continues from there.</source>
            <translation>停止下载；已下载的内容会保留，新的下载会从那里继续。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Downloading %1</source>
            <translation>正在下载 %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>File %1 of %2: %3 (%4 of %5)</source>
            <translation>第 %1 个文件，共 %2 个：%3（%4 / %5）</translation>
        </message>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>%1 is downloaded</source>
            <translation>%1 已下载</translation>
        </message>
        <message>
            <source>It is in the Hugging Face cache (%1) and can be chosen on the Model page.</source>
            <translation>它位于 Hugging Face 缓存中（%1），可在“模型”页选择。</translation>
        </message>
        <message>
            <source>The download of %1 was stopped</source>
            <translation>%1 的下载已停止</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ExampleInspector</name>
        <message>
            <source>&lt;span style='background:%1;color:%2'&gt;&amp;nbsp;trained&amp;nbsp;&lt;/span&gt; &lt;span style='background:%3;color:%4'&gt;&amp;nbsp;prompt (masked)&amp;nbsp;&lt;/span&gt; &amp;nbsp;↵ line break &amp;nbsp;⟨eos⟩ end of sequence &amp;nbsp;✂ cut at max length</source>
            <translation>&lt;span style='background:%1;color:%2'&gt;&amp;nbsp;训练&amp;nbsp;&lt;/span&gt; &lt;span style='background:%3;color:%4'&gt;&amp;nbsp;提示（掩码）&amp;nbsp;&lt;/span&gt; &amp;nbsp;↵ 换行 &amp;nbsp;⟨eos⟩ 序列结束 &amp;nbsp;✂ 在最大长度处截断</translation>
        </message>
        <message>
            <source>Select a row to see it as the model does.</source>
            <translation>选择一行，查看模型看到的样子。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Row %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;第 %1 行&lt;/b&gt;</translation>
        </message>
        <message>
            <source> · %1 tokens</source>
            <translation> · %1 个词元</translation>
        </message>
        <message>
            <source> of max %1</source>
            <translation> / 最多 %1</translation>
        </message>
        <message>
            <source> · %1 trained</source>
            <translation> · %1 个训练</translation>
        </message>
        <message>
            <source>cut at the %1: %2 tokens dropped</source>
            <translation>在%1截断：丢弃 %2 个词元</translation>
        </message>
        <message>
            <source>end</source>
            <translation>末尾</translation>
        </message>
        <message>
            <source>start</source>
            <translation>开头</translation>
        </message>
        <message>
            <source> · choose a model on the Model page to see its tokens</source>
            <translation> · 在“模型”页选择模型以查看其词元</translation>
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
            <translation>词元</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>添加行</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n row(s)</source>
            <translation>
                <numerusform>复制 %n 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n row(s)</source>
            <translation>
                <numerusform>删除 %n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace “%1”</source>
            <translation>替换“%1”</translation>
        </message>
        <message>
            <source>Trim whitespace</source>
            <translation>修剪空白</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ExportPage</name>
        <message>
            <source>Adapter to export</source>
            <translation>要导出的适配器</translation>
        </message>
        <message>
            <source>The current run's adapter, or any PEFT adapter folder</source>
            <translation>当前运行的适配器，或任意 PEFT 适配器文件夹</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Adapter (PEFT format)</source>
            <translation>适配器（PEFT 格式）</translation>
        </message>
        <message>
            <source>A small folder (adapter_config.json + adapter_model.safetensors) that Hugging Face PEFT loads unchanged on top of the base model.</source>
            <translation>一个小文件夹（adapter_config.json + adapter_model.safetensors），Hugging Face PEFT 可直接在基础模型上加载。</translation>
        </message>
        <message>
            <source>Save adapter…</source>
            <translation>保存适配器…</translation>
        </message>
        <message>
            <source>Merged model (Hugging Face folder)</source>
            <translation>合并后的模型（Hugging Face 文件夹）</translation>
        </message>
        <message>
            <source>The adapter folded into the base weights: a full model folder (config, safetensors shards, tokenizer) that transformers loads without PEFT. As large as the base model.</source>
            <translation>将适配器并入基础权重：一个完整的模型文件夹（配置、safetensors 分片、分词器），transformers 无需 PEFT 即可加载。大小与基础模型相同。</translation>
        </message>
        <message>
            <source>Merge and save…</source>
            <translation>合并并保存…</translation>
        </message>
        <message>
            <source>Hugging Face Hub</source>
            <translation>Hugging Face Hub</translation>
        </message>
        <message>
            <source>Upload to the Hub…</source>
            <translation>上传到 Hub…</translation>
        </message>
        <message>
            <source>Choose a PEFT adapter folder</source>
            <translation>选择 PEFT 适配器文件夹</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>已停止。</translation>
        </message>
        <message>
            <source>No adapter yet: train one in the Train step, or choose a folder.</source>
            <translation>还没有适配器：在“训练”步骤中训练一个，或选择一个文件夹。</translation>
        </message>
        <message>
            <source>%1 is not a PEFT adapter folder (no adapter_config.json).</source>
            <translation>%1 不是 PEFT 适配器文件夹（没有 adapter_config.json）。</translation>
        </message>
        <message>
            <source>Choose the folder to save the adapter in</source>
            <translation>选择保存适配器的文件夹</translation>
        </message>
        <message>
            <source>Choose the folder to save the merged model in</source>
            <translation>选择保存合并模型的文件夹</translation>
        </message>
        <message>
            <source>Choose the base model in the Model step to merge the adapter into it.</source>
            <translation>请在“模型”步骤中选择基础模型，以便将适配器合并进去。</translation>
        </message>
        <message>
            <source>GGUF for llama.cpp, Ollama and LM Studio</source>
            <translation>用于 llama.cpp、Ollama 和 LM Studio 的 GGUF</translation>
        </message>
        <message>
            <source>One file with the adapter merged in, full precision or quantized (Q8_0, Q4_K_M), with the tokenizer and the prompt format inside, plus an Ollama Modelfile.</source>
            <translation>一个已合并适配器的文件，可为全精度或量化（Q8_0、Q4_K_M），内含分词器和提示词格式，另附一个 Ollama Modelfile。</translation>
        </message>
        <message>
            <source>Export GGUF…</source>
            <translation>导出 GGUF…</translation>
        </message>
        <message>
            <source>Put the adapter, with a model card made from the run, in a new or existing repository. Needs a network connection and a Hugging Face access token with write access (kept in the system keychain, never in a plain file).</source>
            <translation>将适配器连同根据该运行生成的模型卡放入新的或已有的仓库。需要网络连接和具有写入权限的 Hugging Face 访问令牌（保存在系统钥匙串中，绝不存为普通文件）。</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Adapter map…</source>
            <translation>适配器图谱…</translation>
        </message>
        <message>
            <source>Which layers this adapter changed and how much, as a heat map; compare it with another adapter</source>
            <translation>以热力图显示此适配器改变了哪些层以及改变了多少；可与另一个适配器对比</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::GenerateDialog</name>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n 秒</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n 分钟</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
        <message>
            <source>Generate examples</source>
            <translation>生成示例</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>丢弃</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>回答</translation>
        </message>
        <message>
            <source>Who answers, and how: e.g. “You are a friendly support agent for a bicycle shop. Answer in two or three sentences.”</source>
            <translation>谁来回答、如何回答：例如“你是一家自行车店的友好客服。用两三句话回答。”</translation>
        </message>
        <message>
            <source>Persona:</source>
            <translation>角色设定：</translation>
        </message>
        <message>
            <source>0 always picks the likeliest word; higher values give more varied text.</source>
            <translation>0 总是选择最可能的词；数值越高，文本越多样。</translation>
        </message>
        <message>
            <source>Temperature:</source>
            <translation>温度：</translation>
        </message>
        <message>
            <source>Max tokens:</source>
            <translation>最大词元数：</translation>
        </message>
        <message>
            <source>Rows:</source>
            <translation>行数：</translation>
        </message>
        <message>
            <source>Where the text comes from</source>
            <translation>文本来源</translation>
        </message>
        <message>
            <source>The model in Falconry</source>
            <translation>Falconry 中的模型</translation>
        </message>
        <message>
            <source>(choose a model in the Model step first)</source>
            <translation>（请先在“模型”步骤中选择模型）</translation>
        </message>
        <message>
            <source>optional: a tuned adapter folder (runs/…/adapter)</source>
            <translation>可选：已训练适配器的文件夹（runs/…/adapter）</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Choose an adapter folder</source>
            <translation>选择适配器文件夹</translation>
        </message>
        <message>
            <source>Adapter:</source>
            <translation>适配器：</translation>
        </message>
        <message>
            <source>An OpenAI-compatible server (Ollama, llama.cpp, LM Studio, vLLM, a hosted service)</source>
            <translation>兼容 OpenAI 的服务器（Ollama、llama.cpp、LM Studio、vLLM 或托管服务）</translation>
        </message>
        <message>
            <source>The base URL ends in /v1, as OpenAI's own clients take it.</source>
            <translation>基础 URL 以 /v1 结尾，与 OpenAI 官方客户端的写法相同。</translation>
        </message>
        <message>
            <source>Base URL:</source>
            <translation>基础 URL：</translation>
        </message>
        <message>
            <source>List models</source>
            <translation>列出模型</translation>
        </message>
        <message>
            <source>Model:</source>
            <translation>模型：</translation>
        </message>
        <message>
            <source>kept in the system keychain; local servers need none</source>
            <translation>保存在系统钥匙串中；本地服务器无需密钥</translation>
        </message>
        <message>
            <source>API key:</source>
            <translation>API 密钥：</translation>
        </message>
        <message>
            <source>Stream the text as it is written</source>
            <translation>边写边显示文本</translation>
        </message>
        <message>
            <source>One topic per line, e.g.
returns and refunds
shipping times
sizing</source>
            <translation>每行一个主题，例如
退货与退款
配送时间
尺码</translation>
        </message>
        <message>
            <source>Topics:</source>
            <translation>主题：</translation>
        </message>
        <message>
            <source>Take topics from a column…</source>
            <translation>从某一列获取主题…</translation>
        </message>
        <message>
            <source>{topic} is replaced by each topic; {variant} by the question's number for that topic.</source>
            <translation>{topic} 会替换为每个主题；{variant} 替换为该主题下问题的序号。</translation>
        </message>
        <message>
            <source>Instruction:</source>
            <translation>指令：</translation>
        </message>
        <message>
            <source>Questions per topic before the topics come round again.</source>
            <translation>每个主题的问题数，之后再从头循环主题。</translation>
        </message>
        <message>
            <source>Questions per topic:</source>
            <translation>每个主题的问题数：</translation>
        </message>
        <message>
            <source>Topics × instruction</source>
            <translation>主题 × 指令</translation>
        </message>
        <message>
            <source>Select the rows to imitate in the table first. New questions of the same kind are written; any too close to a row of the dataset is dropped.</source>
            <translation>请先在表格中选择要模仿的行。会写出同类的新问题；与数据集中某行过于相似的会被丢弃。</translation>
        </message>
        <message numerus="yes">
            <source>%n selected row(s) are the examples. New questions of the same kind are written; any too close to a row of the dataset is dropped.</source>
            <translation>
                <numerusform>以所选的 %n 行为示例。会写出同类的新问题；与数据集中某行过于相似的会被丢弃。</numerusform>
            </translation>
        </message>
        <message>
            <source>More like these</source>
            <translation>更多类似的</translation>
        </message>
        <message>
            <source>Questions that a passage of these documents answers; the passage is kept with each row.</source>
            <translation>由这些文档中的段落回答的问题；每行都会保留对应段落。</translation>
        </message>
        <message>
            <source>Add documents…</source>
            <translation>添加文档…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Add documents</source>
            <translation>添加文档</translation>
        </message>
        <message>
            <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.rst);;All files (*)</source>
            <translation>文档 (*.txt *.md *.markdown *.html *.htm *.pdf *.rst);;所有文件 (*)</translation>
        </message>
        <message>
            <source>From documents</source>
            <translation>来自文档</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message numerus="yes">
            <source>“Preview” writes the first %n result(s) so you can adjust the recipe; “Generate” writes them all. Rows land in the table marked “generated”, as one step you can undo.</source>
            <translation>
                <numerusform>“预览”会写出前 %n 个结果，便于调整配方；“生成”会写出全部结果。各行以“generated”标记进入表格，作为一次可撤销的操作。</numerusform>
            </translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stops after the rows finished so far; they are kept.</source>
            <translation>在已完成的行之后停止；这些行会被保留。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>An unfinished generation (%1 recipe) has %2 of %3 rows. Resume it, or discard it.</source>
            <translation>一次未完成的生成（配方 %1）已有 %3 行中的 %2 行。可继续或丢弃。</translation>
        </message>
        <message>
            <source>Asking %1 for its models…</source>
            <translation>正在向 %1 查询模型…</translation>
        </message>
        <message>
            <source>Could not list the models: %1</source>
            <translation>无法列出模型：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s) on the server.</source>
            <translation>
                <numerusform>服务器上有 %n 个模型。</numerusform>
            </translation>
        </message>
        <message>
            <source>Add at least one document.</source>
            <translation>请至少添加一个文档。</translation>
        </message>
        <message>
            <source>An unfinished generation is waiting: resume or discard it first.</source>
            <translation>有一次未完成的生成：请先继续或丢弃它。</translation>
        </message>
        <message>
            <source>Enter the server's model name, or press “List models”.</source>
            <translation>请输入服务器的模型名称，或点击“列出模型”。</translation>
        </message>
        <message>
            <source>Choose a model in the Model step first, or use a server.</source>
            <translation>请先在“模型”步骤中选择模型，或使用服务器。</translation>
        </message>
        <message>
            <source>Writing a preview…</source>
            <translation>正在写预览…</translation>
        </message>
        <message>
            <source>Generating…</source>
            <translation>正在生成…</translation>
        </message>
        <message>
            <source>Stopping after the rows finished so far…</source>
            <translation>正在已完成的行之后停止…</translation>
        </message>
        <message>
            <source>%1 / %2 rows</source>
            <translation>%1 / %2 行</translation>
        </message>
        <message>
            <source>%1 rows/s</source>
            <translation>%1 行/秒</translation>
        </message>
        <message>
            <source>%1 rows/min</source>
            <translation>%1 行/分钟</translation>
        </message>
        <message>
            <source>about %1 left</source>
            <translation>约剩 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n resumed</source>
            <translation>
                <numerusform>%n 行已续接</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dropped as near duplicates</source>
            <translation>
                <numerusform>%n 行因近似重复被丢弃</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preview: %n row(s). Adjust the recipe, or press “Generate” for all of them.</source>
            <translation>
                <numerusform>预览：%n 行。可调整配方，或点击“生成”生成全部。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped: %n finished row(s) were added to the table.</source>
            <translation>
                <numerusform>已停止：%n 行已完成的行已加入表格。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %n row(s) were added to the table, marked “generated”.</source>
            <translation>
                <numerusform>完成：%n 行已加入表格，标记为“generated”。</numerusform>
            </translation>
        </message>
        <message>
            <source>Fewer than asked: too many questions were near duplicates — add topics or raise the temperature.</source>
            <translation>少于要求的数量：太多问题近似重复——请添加主题或提高温度。</translation>
        </message>
        <message numerus="yes">
            <source>The %n finished row(s) are kept: resume when the problem is solved.</source>
            <translation>
                <numerusform>已完成的 %n 行会保留：问题解决后可继续。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::GenerationController</name>
        <message>
            <source>No engine to run the model on</source>
            <translation>没有可运行模型的引擎</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>正在加载模型…</translation>
        </message>
        <message>
            <source>Generation finished</source>
            <translation>生成完成</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::GgufExportDialog</name>
        <message>
            <source>Export GGUF</source>
            <translation>导出 GGUF</translation>
        </message>
        <message>
            <source>One file with the adapter merged into the base model, for llama.cpp, Ollama and LM Studio. The tokenizer and the prompt format travel inside it.</source>
            <translation>一个将适配器合并进基础模型的文件，适用于 llama.cpp、Ollama 和 LM Studio。分词器和提示词格式都包含在其中。</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Q4_K_M: smallest that stays good (about 4.9 bits per weight)</source>
            <translation>Q4_K_M：保持良好质量的最小格式（每个权重约 4.9 位）</translation>
        </message>
        <message>
            <source>Q8_0: near-lossless, half of F16 (8.5 bits per weight)</source>
            <translation>Q8_0：几乎无损，大小为 F16 的一半（每个权重 8.5 位）</translation>
        </message>
        <message>
            <source>F16: full quality (16 bits per weight)</source>
            <translation>F16：完整质量（每个权重 16 位）</translation>
        </message>
        <message>
            <source>BF16: full quality, the training precision (16 bits)</source>
            <translation>BF16：完整质量，即训练时的精度（16 位）</translation>
        </message>
        <message>
            <source>Q4_0: small, older format (4.5 bits per weight)</source>
            <translation>Q4_0：体积小，较旧的格式（每个权重 4.5 位）</translation>
        </message>
        <message>
            <source>F32: exact, twice the size of F16</source>
            <translation>F32：精确，大小为 F16 的两倍</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Falcon instruct (User: / Assistant:)</source>
            <translation>Falcon instruct（User: / Assistant:）</translation>
        </message>
        <message>
            <source>Falcon chat (System: / User: / Falcon:)</source>
            <translation>Falcon 聊天（System: / User: / Falcon:）</translation>
        </message>
        <message>
            <source>Guanaco (### Human: / ### Assistant:)</source>
            <translation>Guanaco（### Human: / ### Assistant:）</translation>
        </message>
        <message>
            <source>Alpaca (### Instruction: / ### Response:)</source>
            <translation>Alpaca（### Instruction: / ### Response:）</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>纯文本</translation>
        </message>
        <message>
            <source>None (no chat template)</source>
            <translation>无（无聊天模板）</translation>
        </message>
        <message>
            <source>Prompt format:</source>
            <translation>提示词格式：</translation>
        </message>
        <message>
            <source>Also write an Ollama Modelfile beside it</source>
            <translation>同时在旁边写入一个 Ollama Modelfile</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Save the GGUF as</source>
            <translation>将 GGUF 另存为</translation>
        </message>
        <message>
            <source>GGUF models (*.gguf)</source>
            <translation>GGUF 模型 (*.gguf)</translation>
        </message>
        <message>
            <source>About a third of F16. Falcon's layers use a mix: some with 5 or 6 bits, as llama.cpp's own Q4_K_M.</source>
            <translation>约为 F16 的三分之一。Falcon 的各层采用混合方式：部分使用 5 或 6 位，与 llama.cpp 自带的 Q4_K_M 相同。</translation>
        </message>
        <message>
            <source>Answers are almost always the same as the model's own.</source>
            <translation>回答几乎总是与原模型的回答相同。</translation>
        </message>
        <message>
            <source>Afterwards, run it in Ollama from a terminal in %1:
    ollama create %2 -f Modelfile</source>
            <translation>之后，在 %1 中打开终端，用 Ollama 运行它：
    ollama create %2 -f Modelfile</translation>
        </message>
        <message>
            <source>Open the file in LM Studio, or run it with llama.cpp: llama-cli -m %1</source>
            <translation>在 LM Studio 中打开该文件，或用 llama.cpp 运行：llama-cli -m %1</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::HubDownloadBox</name>
        <message>
            <source>Download from the Hugging Face Hub</source>
            <translation>从 Hugging Face Hub 下载</translation>
        </message>
        <message>
            <source>organisation/model, e.g. tiiuae/falcon-7b-instruct</source>
            <translation>组织/模型，例如 tiiuae/falcon-7b-instruct</translation>
        </message>
        <message>
            <source>Download…</source>
            <translation>下载…</translation>
        </message>
        <message>
            <source>Shows the size and the memory plan first; the files go into the Hugging Face cache, where transformers finds them too.</source>
            <translation>先显示大小和内存规划；文件会放入 Hugging Face 缓存，transformers 也能在那里找到它们。</translation>
        </message>
        <message>
            <source>Asking the Hub about %1…</source>
            <translation>正在向 Hub 查询 %1…</translation>
        </message>
        <message>
            <source>%1 is downloaded and listed under "In the Hugging Face cache".</source>
            <translation>%1 已下载，列在“Hugging Face 缓存中”下。</translation>
        </message>
        <message>
            <source>Downloading…</source>
            <translation>正在下载…</translation>
        </message>
        <message>
            <source>1 file</source>
            <translation>1 个文件</translation>
        </message>
        <message>
            <source>%1 files</source>
            <translation>%1 个文件</translation>
        </message>
        <message>
            <source>%1 (commit %2): %3, %4</source>
            <translation>%1（提交 %2）：%3，%4</translation>
        </message>
        <message>
            <source>, of which %1 are already on this machine</source>
            <translation>，其中 %1 已在本机上</translation>
        </message>
        <message>
            <source>. Free disk space: %1.</source>
            <translation>。可用磁盘空间：%1。</translation>
        </message>
        <message>
            <source>Licence: %1.</source>
            <translation>许可证：%1。</translation>
        </message>
        <message>
            <source>This model is gated: accept its licence on its Hub page and sign in first.</source>
            <translation>此模型受访问限制：请先在其 Hub 页面接受许可证并登录。</translation>
        </message>
        <message>
            <source>A LoRA run of it (bf16, 512 tokens, batch 1) needs about %1 of memory; %2 are free: it fits.</source>
            <translation>用它做一次 LoRA 运行（bf16，512 个词元，批大小 1）需要约 %1 内存；可用 %2：可以装下。</translation>
        </message>
        <message>
            <source>A LoRA run in bf16 needs about %1, more than the %2 free; with a 4-bit base (QLoRA) it needs %3 and fits.</source>
            <translation>bf16 的 LoRA 运行需要约 %1，超过可用的 %2；使用 4 位基础（QLoRA）时需要 %3，可以装下。</translation>
        </message>
        <message>
            <source>A run of it needs about %1 (QLoRA: %2), more than the %3 free on this machine.</source>
            <translation>用它运行需要约 %1（QLoRA：%2），超过本机可用的 %3。</translation>
        </message>
        <message>
            <source>Not enough free disk space: free %1 more, or set HF_HUB_CACHE to a larger disk.</source>
            <translation>可用磁盘空间不足：请再释放 %1，或将 HF_HUB_CACHE 设为更大的磁盘。</translation>
        </message>
        <message>
            <source>Download %1?</source>
            <translation>下载 %1？</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ImportWizard</name>
        <message>
            <source>Import a dataset</source>
            <translation>导入数据集</translation>
        </message>
        <message>
            <source>Source file</source>
            <translation>源文件</translation>
        </message>
        <message>
            <source>CSV, TSV, JSON, JSONL or plain text. The file is only read: Falconry works on its own copy.</source>
            <translation>CSV、TSV、JSON、JSONL 或纯文本。文件只会被读取：Falconry 在自己的副本上工作。</translation>
        </message>
        <message>
            <source>Choose a file, or drop one on the window</source>
            <translation>选择文件，或将文件拖放到窗口上</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>自动检测</translation>
        </message>
        <message>
            <source>File format:</source>
            <translation>文件格式：</translation>
        </message>
        <message>
            <source>Skip bad rows and list them</source>
            <translation>跳过错误行并列出</translation>
        </message>
        <message>
            <source>Datasets (*.csv *.tsv *.json *.jsonl *.ndjson *.txt);;All files (*)</source>
            <translation>数据集 (*.csv *.tsv *.json *.jsonl *.ndjson *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Roles and template</source>
            <translation>角色和模板</translation>
        </message>
        <message>
            <source>Which column is the question and which the answer, and how the model sees them. Green tokens are trained, grey ones are the prompt (masked).</source>
            <translation>哪一列是问题、哪一列是回答，以及模型如何看到它们。绿色词元参与训练，灰色的是提示（被掩码）。</translation>
        </message>
        <message>
            <source>As detected</source>
            <translation>按检测结果</translation>
        </message>
        <message>
            <source>Rows look like:</source>
            <translation>行的类型：</translation>
        </message>
        <message>
            <source>System:</source>
            <translation>系统：</translation>
        </message>
        <message>
            <source>User / instruction:</source>
            <translation>用户 / 指令：</translation>
        </message>
        <message>
            <source>Input / context:</source>
            <translation>输入 / 上下文：</translation>
        </message>
        <message>
            <source>Assistant / answer:</source>
            <translation>助手 / 回答：</translation>
        </message>
        <message>
            <source>Text (trained as is):</source>
            <translation>文本（按原样训练）：</translation>
        </message>
        <message>
            <source>Conversation:</source>
            <translation>对话：</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>模板：</translation>
        </message>
        <message>
            <source>Q: {question}\nA: {answer}</source>
            <translation>问：{question}\n答：{answer}</translation>
        </message>
        <message>
            <source>Custom:</source>
            <translation>自定义：</translation>
        </message>
        <message>
            <source>Answers only</source>
            <translation>仅回答</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Train on:</source>
            <translation>训练对象：</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <source>&lt;b&gt;The file could not be read.&lt;/b&gt; %1&lt;br&gt;Fix the file, choose another format, or tick “Skip bad rows” to import the rest.</source>
            <translation>&lt;b&gt;无法读取该文件。&lt;/b&gt;%1&lt;br&gt;请修正文件、选择其他格式，或勾选“跳过错误行”以导入其余内容。</translation>
        </message>
        <message numerus="yes">
            <source>Read %n row(s) as %1 (%2), columns: %3.</source>
            <translation>
                <numerusform>已按 %1（%2）读取 %n 行，列：%3。</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped, line %1, column %2: %3</source>
            <translation>已跳过，第 %1 行第 %2 列：%3</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>Invalid text, line %1, column %2: %3</source>
            <translation>无效文本，第 %1 行第 %2 列：%3</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>&lt;b&gt;Detected: %1&lt;/b&gt; (confidence %2%)%3</source>
            <translation>&lt;b&gt;检测结果：%1&lt;/b&gt;（置信度 %2%）%3</translation>
        </message>
        <message>
            <source>, multi-turn</source>
            <translation>，多轮</translation>
        </message>
        <message>
            <source>No model chosen: showing prompt and answer parts without token boundaries.</source>
            <translation>未选择模型：显示提示和回答部分，不显示词元边界。</translation>
        </message>
        <message>
            <source>Row %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <source>%1 — %2 tokens, %3 trained</source>
            <translation>%1 — %2 个词元，%3 个训练</translation>
        </message>
        <message>
            <source>These roles are right</source>
            <translation>这些角色是正确的</translation>
        </message>
        <message>
            <source>&lt;b&gt;Check the roles:&lt;/b&gt; Falconry guessed them from the columns' names and text with only %1 % confidence (%2). Choose the columns that hold the question and the answer, or tick the box if the guess is right.</source>
            <translation>&lt;b&gt;请检查角色：&lt;/b&gt;Falconry 根据列名和列中文本猜测了这些角色，置信度只有 %1 %（%2）。请选择包含问题和回答的列；若猜测正确，请勾选此框。</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::KnowledgePage</name>
        <message>
            <source>A knowledge base gives the model facts to quote: manuals, price lists, policies. Passages that match a question are put in front of it, numbered, and the answer cites them as [1], [2]. Nothing is trained; change a document and import it again.</source>
            <translation>知识库为模型提供可引用的事实：手册、价目表、规定。与问题匹配的段落会编号后放在问题前面，回答以 [1]、[2] 注明出处。无需训练；修改文档后重新导入即可。</translation>
        </message>
        <message>
            <source>Knowledge base file…</source>
            <translation>知识库文件…</translation>
        </message>
        <message>
            <source>Open or create another knowledge base (one .sqlite file per knowledge base)</source>
            <translation>打开或新建另一个知识库（每个知识库一个 .sqlite 文件）</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Passages</source>
            <translation>段落</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Drop files or folders here: text, Markdown, HTML, PDF, CSV or JSONL.</source>
            <translation>将文件或文件夹拖放到这里：文本、Markdown、HTML、PDF、CSV 或 JSONL。</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>添加文件夹…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove the selected documents and their passages from the knowledge base (the files stay)</source>
            <translation>从知识库中移除所选文档及其段落（文件本身保留）</translation>
        </message>
        <message>
            <source>Search the passages</source>
            <translation>搜索段落</translation>
        </message>
        <message>
            <source>Ask a question or type words, then press Enter</source>
            <translation>输入问题或词语，然后按回车</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop the import; the file being imported is left as it was</source>
            <translation>停止导入；正在导入的文件保持原样</translation>
        </message>
        <message>
            <source>Wait for the import to finish or cancel it first.</source>
            <translation>请等待导入完成，或先取消导入。</translation>
        </message>
        <message>
            <source>This knowledge base cannot be opened: %1</source>
            <translation>无法打开此知识库：%1</translation>
        </message>
        <message>
            <source>Knowledge base: %1</source>
            <translation>知识库：%1</translation>
        </message>
        <message>
            <source>%1
%2 bytes, imported %3</source>
            <translation>%1
%2 字节，导入于 %3</translation>
        </message>
        <message>
            <source>No documents yet. Drop files or folders here, or click Add files.</source>
            <translation>还没有文档。请将文件或文件夹拖放到这里，或点击“添加文件”。</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s), %1 passages.</source>
            <translation>
                <numerusform>%n 个文档，%1 个段落。</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>The import could not run: %1</source>
            <translation>导入无法运行：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) added</source>
            <translation>
                <numerusform>已添加 %n 个文档</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed document(s) replaced</source>
            <translation>
                <numerusform>已替换 %n 个改动的文档</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n 个未改动</numerusform>
            </translation>
        </message>
        <message>
            <source>cancelled (the file being imported was left as it was)</source>
            <translation>已取消（正在导入的文件保持原样）</translation>
        </message>
        <message numerus="yes">
            <source>%n could not be imported:</source>
            <translation>
                <numerusform>%n 个无法导入：</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 passages in the knowledge base.</source>
            <translation>知识库中共 %1 个段落。</translation>
        </message>
        <message>
            <source>%1 is not in this knowledge base.</source>
            <translation>%1 不在此知识库中。</translation>
        </message>
        <message>
            <source>&lt;p&gt;No passage contains these words. Try other words, or import the document that answers it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;没有段落包含这些词。请换些词，或导入包含答案的文档。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>第 %1 页</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <source>score %1</source>
            <translation>得分 %1</translation>
        </message>
        <message>
            <source>Add documents</source>
            <translation>添加文档</translation>
        </message>
        <message>
            <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.csv *.tsv *.jsonl);;All files (*)</source>
            <translation>文档 (*.txt *.md *.markdown *.html *.htm *.pdf *.csv *.tsv *.jsonl);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Add every document of a folder</source>
            <translation>添加文件夹中的所有文档</translation>
        </message>
        <message>
            <source>Open or create a knowledge base</source>
            <translation>打开或新建知识库</translation>
        </message>
        <message>
            <source>Knowledge base (*.sqlite)</source>
            <translation>知识库 (*.sqlite)</translation>
        </message>
        <message>
            <source>Knowledge base</source>
            <translation>知识库</translation>
        </message>
        <message>
            <source>&lt;b&gt;Demo:&lt;/b&gt; build a knowledge base from the Aerie feeder's manual, then ask Compare about the feeder with the knowledge base, or run the strategy check on 42 questions about it.</source>
            <translation>&lt;b&gt;演示：&lt;/b&gt;用 Aerie 喂鸟器的手册建立知识库，然后在“对比”页带上知识库询问有关喂鸟器的问题，或用关于它的 42 个问题运行策略检查。</translation>
        </message>
        <message>
            <source>Build from the demo manual</source>
            <translation>用演示手册建立</translation>
        </message>
        <message>
            <source>Strategy check…</source>
            <translation>策略检查…</translation>
        </message>
        <message>
            <source>Ask your questions four ways (base, base + knowledge base, tuned, tuned + knowledge base) and count the answers that contain the right fact</source>
            <translation>以四种方式提出您的问题（基础、基础 + 知识库、微调、微调 + 知识库），并统计包含正确事实的回答</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::LocalTrainRun</name>
        <message>
            <source>A run is already in progress.</source>
            <translation>已有一个运行正在进行。</translation>
        </message>
        <message>
            <source>falconry-cli was not found beside Falconry (%1) nor on the PATH; it runs the local processes.</source>
            <translation>在 Falconry 旁边（%1）和 PATH 中都找不到 falconry-cli；本地进程由它运行。</translation>
        </message>
        <message>
            <source>falconry-cli could not be started: %1</source>
            <translation>无法启动 falconry-cli：%1</translation>
        </message>
        <message>
            <source>Running %1 %2</source>
            <translation>正在运行 %1 %2</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Run %1 after %2 steps, final loss %3.</source>
            <translation>运行%1，共 %2 步，最终损失 %3。</translation>
        </message>
        <message>
            <source>falconry-cli was ended by a signal.</source>
            <translation>falconry-cli 被信号终止。</translation>
        </message>
        <message>
            <source>falconry-cli exited with status %1.</source>
            <translation>falconry-cli 已退出，状态码 %1。</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::LossChart</name>
        <message>
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>train (raw)</source>
            <translation>训练（原始）</translation>
        </message>
        <message>
            <source>train (smoothed)</source>
            <translation>训练（平滑）</translation>
        </message>
        <message>
            <source>eval</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>step</source>
            <translation>步</translation>
        </message>
        <message>
            <source>Learning rate and speed</source>
            <translation>学习率与速度</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <source>tokens/s</source>
            <translation>词元/秒</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::MemoryBar</name>
        <message>
            <source>Needs %1</source>
            <translation>需要 %1</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ModelPage</name>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>On this machine</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>Open folder…</source>
            <translation>打开文件夹…</translation>
        </message>
        <message>
            <source>Any Falcon-architecture Hugging Face folder: config.json, *.safetensors and a tokenizer</source>
            <translation>任意 Falcon 架构的 Hugging Face 文件夹：config.json、*.safetensors 和分词器</translation>
        </message>
        <message>
            <source>Look in the Hugging Face cache again</source>
            <translation>重新查找 Hugging Face 缓存</translation>
        </message>
        <message>
            <source>Use this model</source>
            <translation>使用此模型</translation>
        </message>
        <message>
            <source>What a LoRA run needs</source>
            <translation>LoRA 训练所需资源</translation>
        </message>
        <message>
            <source>bf16 base (LoRA)</source>
            <translation>bf16 基础（LoRA）</translation>
        </message>
        <message>
            <source>4-bit NF4 base (QLoRA)</source>
            <translation>4 位 NF4 基础（QLoRA）</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> 词元</translation>
        </message>
        <message>
            <source>Gradient checkpointing</source>
            <translation>梯度检查点</translation>
        </message>
        <message>
            <source>Recomputes activations in the backward pass: much less memory, about 30 % slower.</source>
            <translation>在反向传播中重新计算激活：内存少得多，约慢 30%。</translation>
        </message>
        <message>
            <source>Base weights:</source>
            <translation>基础权重：</translation>
        </message>
        <message>
            <source>Max length:</source>
            <translation>最大长度：</translation>
        </message>
        <message>
            <source>Batch size:</source>
            <translation>批大小：</translation>
        </message>
        <message>
            <source>LoRA rank:</source>
            <translation>LoRA 秩：</translation>
        </message>
        <message>
            <source>Falcon models</source>
            <translation>Falcon 模型</translation>
        </message>
        <message>
            <source>In the Hugging Face cache</source>
            <translation>Hugging Face 缓存中</translation>
        </message>
        <message>
            <source>Opened folders</source>
            <translation>已打开的文件夹</translation>
        </message>
        <message>
            <source>none found in %1</source>
            <translation>在 %1 中未找到</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>not bundled in this build</source>
            <translation>此版本未附带</translation>
        </message>
        <message>
            <source>not downloaded</source>
            <translation>未下载</translation>
        </message>
        <message>
            <source>No model chosen</source>
            <translation>未选择模型</translation>
        </message>
        <message>
            <source>Pick a model on the left or open a folder.</source>
            <translation>在左侧选择一个模型，或打开一个文件夹。</translation>
        </message>
        <message>
            <source>%1 parameters</source>
            <translation>%1 参数</translation>
        </message>
        <message>
            <source>licence: %1</source>
            <translation>许可证：%1</translation>
        </message>
        <message>
            <source>context %1 tokens</source>
            <translation>上下文 %1 词元</translation>
        </message>
        <message>
            <source>The demo model is not bundled in this build of Falconry.</source>
            <translation>此版本的 Falconry 未附带演示模型。</translation>
        </message>
        <message>
            <source>On disk at %1, but it cannot be used: %2</source>
            <translation>在磁盘上的 %1，但无法使用：%2</translation>
        </message>
        <message>
            <source>On disk at %1</source>
            <translation>在磁盘上：%1</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>This folder cannot be used</source>
            <translation>此文件夹无法使用</translation>
        </message>
        <message>
            <source>Open a Falcon model folder</source>
            <translation>打开 Falcon 模型文件夹</translation>
        </message>
        <message>
            <source>%1 layers, hidden %2, %3 heads, vocabulary %4</source>
            <translation>%1 层，隐藏维度 %2，%3 个头，词表 %4</translation>
        </message>
        <message>
            <source>RAM %1</source>
            <translation>内存 %1</translation>
        </message>
        <message>
            <source>Size unknown until the model's config.json is on disk.</source>
            <translation>模型的 config.json 在磁盘上之前，大小未知。</translation>
        </message>
        <message>
            <source>✔ Fits: needs %1 of the %2 free.</source>
            <translation>✔ 可以运行：需要 %1，可用 %2。</translation>
        </message>
        <message>
            <source>The weights fit: %1 of the %2 free.</source>
            <translation>权重可以装下：%1，可用 %2。</translation>
        </message>
        <message>
            <source>✘ Does not fit in bf16 (%1 needed, %2 free) — fits with a 4-bit NF4 base (%3).</source>
            <translation>✘ bf16 装不下（需要 %1，可用 %2）——用 4 位 NF4 基础可以（%3）。</translation>
        </message>
        <message>
            <source>✘ Does not fit: %1 needed, %2 free. A smaller model (Falcon-7B or Falcon-RW-1B), a shorter max length or a machine with more memory would make it fit.</source>
            <translation>✘ 装不下：需要 %1，可用 %2。换更小的模型（Falcon-7B 或 Falcon-RW-1B）、缩短最大长度或使用内存更大的机器即可。</translation>
        </message>
        <message>
            <source>Start the demo</source>
            <translation>启动演示</translation>
        </message>
        <message>
            <source>&lt;b&gt;New to Falconry?&lt;/b&gt; Try the demo: a small Falcon model and a support-agent dataset that come with Falconry. Its "Quick test" run takes a few minutes on a fast computer and 10 or more on a slow or busy one (the Train page shows the time elapsed and left), then Compare shows the base and the tuned model side by side.</source>
            <translation>&lt;b&gt;初次使用 Falconry？&lt;/b&gt;试试演示：Falconry 自带的一个小型 Falcon 模型和一个客服数据集。它的“快速测试”在快速的电脑上需要几分钟，在较慢或繁忙的电脑上需要 10 分钟或更久（“训练”页面会显示已用和剩余时间），之后“比较”会并排显示基础模型和微调后的模型。</translation>
        </message>
        <message>
            <source>Training time: estimated once a dataset is chosen in the Data step.</source>
            <translation>训练时间：在“数据”步骤中选择数据集后估算。</translation>
        </message>
        <message>
            <source>Training time: counting the tokens of the chosen data…</source>
            <translation>训练时间：正在统计所选数据的词元…</translation>
        </message>
        <message>
            <source>Training time: the chosen data cannot be read with this model's tokenizer (%1).</source>
            <translation>训练时间：无法用此模型的分词器读取所选数据（%1）。</translation>
        </message>
        <message>
            <source>Training time: estimated once the model is on disk (its tokenizer counts the data's tokens).</source>
            <translation>训练时间：模型在磁盘上后估算（由其分词器统计数据的词元）。</translation>
        </message>
        <message>
            <source>one epoch of the chosen data (%1 rows, %2 tokens at max length %3)</source>
            <translation>所选数据的一个轮次（%1 行，最大长度 %3 时 %2 个词元）</translation>
        </message>
        <message>
            <source>Training time for %1: measuring this computer's speed…</source>
            <translation>%1 的训练时间：正在测量这台电脑的速度…</translation>
        </message>
        <message>
            <source>under a minute</source>
            <translation>不到一分钟</translation>
        </message>
        <message numerus="yes">
            <source>about %n min</source>
            <translation>
                <numerusform>约 %n 分钟</numerusform>
            </translation>
        </message>
        <message>
            <source>about %1 h</source>
            <translation>约 %1 小时</translation>
        </message>
        <message>
            <source>Training time for %1: %2, at %3 tokens/s measured on this computer (run %4).</source>
            <translation>%1 的训练时间：%2，按这台电脑上实测的 %3 词元/秒计算（运行 %4）。</translation>
        </message>
        <message>
            <source>Training time for %1: %2, at about %3 tokens/s estimated from this computer's measured matrix speed (a rough figure; the first run here measures the real one, and the Train page shows the time left).</source>
            <translation>%1 的训练时间：%2，按根据这台电脑实测矩阵速度估算的约 %3 词元/秒计算（粗略数值；在此首次运行会测出真实速度，“训练”页面会显示剩余时间）。</translation>
        </message>
        <message>
            <source>Not on this machine: download %1 from the Hugging Face Hub below, or put its Hugging Face folder on disk and use "Open folder…".</source>
            <translation>不在本机上：请在下方从 Hugging Face Hub 下载 %1，或把它的 Hugging Face 文件夹放到磁盘上，然后使用“打开文件夹…”。</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ProbePanel</name>
        <message>
            <source>Probe prompts</source>
            <translation>探测提示词</translation>
        </message>
        <message>
            <source>Answer probe prompts at every checkpoint</source>
            <translation>在每个检查点回答探测提示词</translation>
        </message>
        <message>
            <source>The base model answers once, then every checkpoint as it is written (greedy, between training steps, on the weights already loaded). The Probes tab shows how the answers change. Each round costs a short generation: seconds on small models, longer on 7B.</source>
            <translation>基础模型先回答一次，之后每个检查点写入时都会回答（贪心，在训练步之间进行，使用已加载的权重）。“探测”标签页显示回答如何变化。每一轮需要一次简短的生成：小模型几秒，7B 模型更久。</translation>
        </message>
        <message>
            <source>One prompt per line, as a user would ask it.
Empty: the first three held-out examples of the dataset, with their answers as the reference.</source>
            <translation>每行一个提示词，按用户的提问方式书写。
留空：使用数据集中前三个留出的样本，并以它们的回答作为参考。</translation>
        </message>
        <message>
            <source>New tokens per answer at most. 32–128; longer answers cost more time at each checkpoint.</source>
            <translation>每个回答最多生成的新词元数。32–128；回答越长，每个检查点耗时越多。</translation>
        </message>
        <message>
            <source>Answer length:</source>
            <translation>回答长度：</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::ProbeTimeline</name>
        <message>
            <source>Base model</source>
            <translation>基础模型</translation>
        </message>
        <message>
            <source>Checkpoint at step %1</source>
            <translation>第 %1 步的检查点</translation>
        </message>
        <message>
            <source>Final adapter (step %1)</source>
            <translation>最终适配器（第 %1 步）</translation>
        </message>
        <message>
            <source>Choose a run under "Runs", or start one: its probe answers appear here.</source>
            <translation>在“运行记录”中选择一个运行，或启动一个：它的探测回答会显示在这里。</translation>
        </message>
        <message>
            <source>No probe answers in this run yet. They are written when the base model has answered and at every checkpoint (turn them on under "Probe prompts").</source>
            <translation>此运行还没有探测回答。基础模型回答后以及每个检查点都会写入（在“探测提示词”中开启）。</translation>
        </message>
        <message numerus="yes">
            <source>%n prompt(s) answered by %1 model(s); the answers took %2 in all</source>
            <translation>
                <numerusform>%1 个模型回答了 %n 个提示词；回答共耗时 %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n prompt(s) answered by %1 model(s); the answers took %2 s in all</source>
            <translation>
                <numerusform>%1 个模型回答了 %n 个提示词；回答共耗时 %2 秒</numerusform>
            </translation>
        </message>
        <message>
            <source> (%1 % of the run's %2).</source>
            <translation>（占运行总时长 %2 的 %1%）。</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>提示词</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <source>(no answer: the model ended at once)</source>
            <translation>（无回答：模型立即结束）</translation>
        </message>
        <message>
            <source>Reference answer (from the dataset)</source>
            <translation>参考回答（来自数据集）</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::QualityPanel</name>
        <message>
            <source>Exact duplicates</source>
            <translation>完全重复</translation>
        </message>
        <message>
            <source>Near duplicates</source>
            <translation>近似重复</translation>
        </message>
        <message>
            <source>Empty field</source>
            <translation>空字段</translation>
        </message>
        <message>
            <source>Longer than max length</source>
            <translation>超过最大长度</translation>
        </message>
        <message>
            <source>Very short</source>
            <translation>过短</translation>
        </message>
        <message>
            <source>Train/eval overlap</source>
            <translation>训练/评估重叠</translation>
        </message>
        <message>
            <source>Invalid text</source>
            <translation>无效文本</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Max length</source>
            <translation>最大长度</translation>
        </message>
        <message>
            <source>tokens per row</source>
            <translation>每行词元数</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>发现的问题</translation>
        </message>
        <message>
            <source>Drop exact duplicates</source>
            <translation>删除完全重复</translation>
        </message>
        <message>
            <source>Drop empty rows</source>
            <translation>删除空行</translation>
        </message>
        <message>
            <source>Trim whitespace</source>
            <translation>修剪空白</translation>
        </message>
        <message>
            <source>What the model sees</source>
            <translation>模型看到的内容</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <source>Q: {question}\nA: {answer}</source>
            <translation>问：{question}\n答：{answer}</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>模板：</translation>
        </message>
        <message>
            <source>Answers only</source>
            <translation>仅回答</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>cut the end</source>
            <translation>截断末尾</translation>
        </message>
        <message>
            <source>cut the start</source>
            <translation>截断开头</translation>
        </message>
        <message>
            <source>Max length:</source>
            <translation>最大长度：</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>种子</translation>
        </message>
        <message>
            <source>Eval split:</source>
            <translation>评估划分：</translation>
        </message>
        <message>
            <source>No tokenizer: choose a model on the Model page to count tokens.</source>
            <translation>没有分词器：请在“模型”页选择模型以统计词元。</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 rows&lt;/b&gt;, %2 tokens · mean %3 · p50 %4 · p90 %5 · p99 %6 · max %7</source>
            <translation>&lt;b&gt;%1 行&lt;/b&gt;，%2 个词元 · 平均 %3 · p50 %4 · p90 %5 · p99 %6 · 最大 %7</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cut at max length %1</source>
            <translation>
                <numerusform>%n 行在最大长度 %1 处被截断</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n multi-turn</source>
            <translation>
                <numerusform> · %n 行多轮</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) could not be rendered: %1</source>
            <translation>
                <numerusform>%n 行无法渲染：%1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n row(s): %2</source>
            <translation>
                <numerusform>%1 — %n 行：%2</numerusform>
            </translation>
        </message>
        <message>
            <source>No findings.</source>
            <translation>未发现问题。</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::RunClock</name>
        <message>
            <source>%1 elapsed; loading the model and the data…</source>
            <translation>已用 %1；正在加载模型和数据…</translation>
        </message>
        <message>
            <source>%1 elapsed, about %2 left (paused)</source>
            <translation>已用 %1，约剩 %2（已暂停）</translation>
        </message>
        <message>
            <source>%1 elapsed, about %2 left</source>
            <translation>已用 %1，约剩 %2</translation>
        </message>
        <message>
            <source>%1 elapsed; estimating the time left…</source>
            <translation>已用 %1；正在估算剩余时间…</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::RunHistoryPanel</name>
        <message>
            <source>Overlay</source>
            <translation>叠加</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Last loss</source>
            <translation>最后损失</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Settings side by side</source>
            <translation>并排比较设置</translation>
        </message>
        <message>
            <source>Compare the settings of the selected runs</source>
            <translation>比较所选运行的设置</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>can resume</source>
            <translation>可继续</translation>
        </message>
        <message>
            <source>training</source>
            <translation>训练中</translation>
        </message>
        <message>
            <source>can restart</source>
            <translation>可重新开始</translation>
        </message>
        <message>
            <source>Save as bundle…</source>
            <translation>另存为运行包…</translation>
        </message>
        <message>
            <source>Save the selected finished run as one file: its settings, loss curve, dataset hash, adapter, probe answers, Compare votes, and the versions and machine it trained on</source>
            <translation>将所选的已完成运行保存为一个文件：其设置、损失曲线、数据集哈希、适配器、探测回答、“对比”中的投票，以及训练时所用的版本和机器</translation>
        </message>
        <message>
            <source>with examples</source>
            <translation>包含样本</translation>
        </message>
        <message>
            <source>Also put in every training example as the model saw it (needs the run's model and dataset on this computer; makes the file larger)</source>
            <translation>同时放入模型所见的每个训练样本（需要此电脑上有该运行的模型和数据集；文件会更大）</translation>
        </message>
        <message>
            <source>Open bundle…</source>
            <translation>打开运行包…</translation>
        </message>
        <message>
            <source>Show a run someone saved as a bundle, read-only, beside your own runs</source>
            <translation>以只读方式在您自己的运行旁显示别人保存为运行包的运行</translation>
        </message>
        <message>
            <source>%1
Opened from a run bundle saved %2 with Falconry %3; trained on %4 (%5). Read-only.</source>
            <translation>%1
来自运行包，于 %2 用 Falconry %3 保存；在 %4（%5）上训练。只读。</translation>
        </message>
        <message>
            <source>imported, read-only</source>
            <translation>已导入，只读</translation>
        </message>
        <message>
            <source>Only a finished run can be saved as a bundle: resume it to the end first</source>
            <translation>只有已完成的运行才能保存为运行包：请先将其继续到结束</translation>
        </message>
        <message>
            <source>Run bundle</source>
            <translation>运行包</translation>
        </message>
        <message>
            <source>Saving %1…</source>
            <translation>正在保存 %1…</translation>
        </message>
        <message>
            <source>Saved %1 (%2)</source>
            <translation>已保存 %1（%2）</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>正在打开 %1…</translation>
        </message>
        <message>
            <source>Not opened: %1</source>
            <translation>未打开：%1</translation>
        </message>
        <message>
            <source>Opened %1 (read-only)</source>
            <translation>已打开 %1（只读）</translation>
        </message>
        <message>
            <source>Save run as bundle</source>
            <translation>将运行另存为运行包</translation>
        </message>
        <message>
            <source>Falconry run bundles (*.falconry-run)</source>
            <translation>Falconry 运行包 (*.falconry-run)</translation>
        </message>
        <message>
            <source>Open a run bundle</source>
            <translation>打开运行包</translation>
        </message>
        <message>
            <source>Falconry run bundles (*.falconry-run);;All files (*)</source>
            <translation>Falconry 运行包 (*.falconry-run);;所有文件 (*)</translation>
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
            <translation>CUDA GPU</translation>
        </message>
        <message>
            <source>CUDA: one GPU per process, the process's local rank picks it</source>
            <translation>CUDA：每个进程一个 GPU，由进程的本地 rank 选择</translation>
        </message>
        <message>
            <source>Run on</source>
            <translation>运行位置</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>Train inside Falconry, in one process (pause and resume work at once)</source>
            <translation>在 Falconry 内以单个进程训练（暂停和继续立即生效）</translation>
        </message>
        <message>
            <source>Local processes</source>
            <translation>本地进程</translation>
        </message>
        <message>
            <source>Start falconry-cli with several data-parallel processes on this machine</source>
            <translation>在本机上以多个数据并行进程启动 falconry-cli</translation>
        </message>
        <message>
            <source>Processes:</source>
            <translation>进程数：</translation>
        </message>
        <message>
            <source>Device:</source>
            <translation>设备：</translation>
        </message>
        <message>
            <source>Cluster: export a launch script</source>
            <translation>集群：导出启动脚本</translation>
        </message>
        <message>
            <source>Nothing runs here: write the run's settings and a torchrun or Slurm script to start it on a cluster</source>
            <translation>此处不运行任何内容：写出运行的设置和一个 torchrun 或 Slurm 脚本，用于在集群上启动</translation>
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
            <translation>启动器：</translation>
        </message>
        <message>
            <source>Nodes:</source>
            <translation>节点数：</translation>
        </message>
        <message>
            <source>Usually the number of GPUs of each node</source>
            <translation>通常为每个节点的 GPU 数</translation>
        </message>
        <message>
            <source>Processes per node:</source>
            <translation>每节点进程数：</translation>
        </message>
        <message>
            <source>the cluster's default</source>
            <translation>集群默认值</translation>
        </message>
        <message>
            <source>Partition:</source>
            <translation>分区：</translation>
        </message>
        <message>
            <source>Slurm's --time: HH:MM:SS or D-HH:MM:SS</source>
            <translation>Slurm 的 --time：HH:MM:SS 或 D-HH:MM:SS</translation>
        </message>
        <message>
            <source>Time limit:</source>
            <translation>时间限制：</translation>
        </message>
        <message>
            <source>Export launch script…</source>
            <translation>导出启动脚本…</translation>
        </message>
        <message>
            <source>Write the run's settings and the launch script to a folder of your choice</source>
            <translation>将运行的设置和启动脚本写入您选择的文件夹</translation>
        </message>
        <message>
            <source>The model and dataset paths must be valid on the nodes, and falconry-cli must be on their PATH; edit the .settings.json written beside the script if not.</source>
            <translation>模型和数据集的路径必须在各节点上有效，且 falconry-cli 必须在节点的 PATH 中；否则请编辑脚本旁写出的 .settings.json。</translation>
        </message>
        <message numerus="yes">
            <source>Each process trains on its share of every batch with %n thread(s) (%1 cores / %2). This pays off on machines with several GPUs or CPU sockets more than on a laptop.</source>
            <translation>
                <numerusform>每个进程用 %n 个线程（%1 个核心 / %2）训练每个批次中属于自己的部分。在有多个 GPU 或多个 CPU 插槽的机器上比在笔记本电脑上更划算。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::StrategyCheckDialog</name>
        <message>
            <source>Base model</source>
            <translation>基础模型</translation>
        </message>
        <message>
            <source>Base + knowledge base</source>
            <translation>基础模型 + 知识库</translation>
        </message>
        <message>
            <source>Tuned model</source>
            <translation>微调模型</translation>
        </message>
        <message>
            <source>Tuned + knowledge base</source>
            <translation>微调模型 + 知识库</translation>
        </message>
        <message>
            <source>Strategy check</source>
            <translation>策略检查</translation>
        </message>
        <message>
            <source>Which strategy knows your facts? Write questions and the fact a right answer must contain (a number, a name, a short phrase). Falconry asks the base model and the tuned model, each with and without the knowledge base, and counts the answers that contain the fact.</source>
            <translation>哪种策略掌握您的事实？写下问题以及正确回答必须包含的事实（一个数字、一个名称或一个短语）。Falconry 会询问基础模型和微调模型，各自带和不带知识库，并统计包含该事实的回答。</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Fact the answer must contain</source>
            <translation>回答必须包含的事实</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>添加问题</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Load CSV…</source>
            <translation>加载 CSV…</translation>
        </message>
        <message>
            <source>A CSV file with a 'question' and a 'fact' column</source>
            <translation>包含 'question' 列和 'fact' 列的 CSV 文件</translation>
        </message>
        <message>
            <source>Demo questions</source>
            <translation>演示问题</translation>
        </message>
        <message>
            <source>The 42 questions about the Aerie feeder's manual</source>
            <translation>关于 Aerie 喂鸟器手册的 42 个问题</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>With the knowledge base</source>
            <translation>使用知识库</translation>
        </message>
        <message>
            <source>Adapter…</source>
            <translation>适配器…</translation>
        </message>
        <message>
            <source>The adapter folder the tuned model uses</source>
            <translation>微调模型使用的适配器文件夹</translation>
        </message>
        <message>
            <source> tokens</source>
            <translation> 词元</translation>
        </message>
        <message>
            <source>The longest answer; a fact is short, and shorter answers make the check faster</source>
            <translation>回答的最大长度；事实很短，回答越短检查越快</translation>
        </message>
        <message>
            <source>Answers up to</source>
            <translation>回答最多</translation>
        </message>
        <message>
            <source>Run the check</source>
            <translation>运行检查</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop; the answers finished so far are counted</source>
            <translation>停止；已完成的回答会被计入</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>策略</translation>
        </message>
        <message>
            <source>Answers with the fact</source>
            <translation>包含事实的回答</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>Fact</source>
            <translation>事实</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <source>These questions cannot be read: %1</source>
            <translation>无法读取这些问题：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) from %1.</source>
            <translation>
                <numerusform>来自 %1 的 %n 个问题。</numerusform>
            </translation>
        </message>
        <message>
            <source>No adapter: train one or choose a folder</source>
            <translation>没有适配器：训练一个或选择一个文件夹</translation>
        </message>
        <message>
            <source>Adapter: %1</source>
            <translation>适配器：%1</translation>
        </message>
        <message>
            <source>Choose a model on the Model page first.</source>
            <translation>请先在“模型”页选择模型。</translation>
        </message>
        <message>
            <source>Add questions with their facts, or load them from a CSV file.</source>
            <translation>添加问题及其事实，或从 CSV 文件加载。</translation>
        </message>
        <message numerus="yes">
            <source>Asking %1 (%n question(s) each)…</source>
            <translation>
                <numerusform>正在询问%1（各 %n 个问题）…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled before any answer was finished.</source>
            <translation>在任何回答完成之前已取消。</translation>
        </message>
        <message>
            <source>Cancelled: the counts are of the answers finished before.</source>
            <translation>已取消：计数只包括取消前完成的回答。</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Fact: %1</source>
            <translation>事实：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n passage(s), fact %1 them</source>
            <translation>
                <numerusform>%n 个段落，事实%1其中</numerusform>
            </translation>
        </message>
        <message>
            <source>in</source>
            <translation>在</translation>
        </message>
        <message>
            <source>not in</source>
            <translation>不在</translation>
        </message>
        <message>
            <source>The answer contains the fact</source>
            <translation>回答包含该事实</translation>
        </message>
        <message>
            <source>The answer does not contain the fact</source>
            <translation>回答不包含该事实</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s).</source>
            <translation>
                <numerusform>%n 个问题。</numerusform>
            </translation>
        </message>
        <message>
            <source>The retrieved passages held the fact for %1 of them: what the model could quote.</source>
            <translation>其中 %1 个问题检索到的段落包含该事实：这是模型本可以引用的内容。</translation>
        </message>
        <message>
            <source>The answers quote few of those facts: this model does not read passages well. A larger or instruction-tuned model, or tuning it on answers written from passages, is the next step.</source>
            <translation>回答很少引用这些事实：这个模型不善于阅读段落。下一步可以换用更大的或经过指令微调的模型，或者用根据段落写成的回答来微调它。</translation>
        </message>
        <message>
            <source>No tuned answers: choose an adapter to compare fine-tuning too.</source>
            <translation>没有微调模型的回答：选择一个适配器，以便同时比较微调的效果。</translation>
        </message>
        <message>
            <source>Questions with facts</source>
            <translation>带事实的问题</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Adapter folder (with adapter_config.json)</source>
            <translation>适配器文件夹（含 adapter_config.json）</translation>
        </message>
        <message>
            <source>%1 holds no adapter_config.json: not a PEFT adapter folder.</source>
            <translation>%1 中没有 adapter_config.json：不是 PEFT 适配器文件夹。</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::StrategyGuide</name>
        <message>
            <source>&lt;b&gt;What should the model learn: how to talk, or what to know?&lt;/b&gt; Many uses want both; Compare shows base and tuned, each with or without the knowledge base, side by side.</source>
            <translation>&lt;b&gt;模型应该学什么：怎么说话，还是知道什么？&lt;/b&gt;很多场景两者都需要；“比较”会并排显示基础模型和微调模型，各自带或不带知识库。</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>隐藏</translation>
        </message>
        <message>
            <source>Hide this guide (the Knowledge and Data steps stay in the list on the left)</source>
            <translation>隐藏此指南（“知识库”和“数据”步骤仍在左侧列表中）</translation>
        </message>
        <message>
            <source>&lt;b&gt;How to talk&lt;/b&gt;: a tone, a persona, a format, the way your team answers. Show it examples and &lt;i&gt;fine-tune&lt;/i&gt; it: the behaviour becomes part of the model.</source>
            <translation>&lt;b&gt;怎么说话&lt;/b&gt;：语气、角色、格式，以及您的团队回答问题的方式。给它看示例并&lt;i&gt;微调&lt;/i&gt;它：这种行为会成为模型的一部分。</translation>
        </message>
        <message>
            <source>&lt;b&gt;What to know&lt;/b&gt;: facts that must be exact and current, such as a manual, prices or policies. Give it a &lt;i&gt;knowledge base&lt;/i&gt;: it looks the facts up and cites them, and a changed document is simply imported again.</source>
            <translation>&lt;b&gt;知道什么&lt;/b&gt;：必须准确且最新的事实，例如手册、价格或规定。给它一个&lt;i&gt;知识库&lt;/i&gt;：它会查找这些事实并注明出处，文档改动后只需重新导入。</translation>
        </message>
        <message>
            <source>Teach it how to talk: Data</source>
            <translation>教它怎么说话：数据</translation>
        </message>
        <message>
            <source>Give it facts: Knowledge</source>
            <translation>给它事实：知识库</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TokenView</name>
        <message>
            <source> ✂ cut at max length </source>
            <translation> ✂ 在最大长度处截断 </translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainLauncher</name>
        <message>
            <source>Training finished.</source>
            <translation>训练完成。</translation>
        </message>
        <message>
            <source>Training stopped; the last checkpoint can be resumed.</source>
            <translation>训练已停止；可从最后一个检查点继续。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Cannot create the run folder %1.</source>
            <translation>无法创建运行文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot start the local processes: %1</source>
            <translation>无法启动本地进程：%1</translation>
        </message>
        <message numerus="yes">
            <source>Starting %n local process(es); progress is read from the run's metrics.jsonl.</source>
            <translation>
                <numerusform>正在启动 %n 个本地进程；进度从运行的 metrics.jsonl 中读取。</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopping the local processes now…</source>
            <translation>正在立即停止本地进程…</translation>
        </message>
        <message>
            <source>Stopping after the current step (every process writes its part of the checkpoint)…</source>
            <translation>将在当前步之后停止（每个进程写入检查点中属于自己的部分）…</translation>
        </message>
        <message>
            <source>Stopping after the current step…</source>
            <translation>将在当前步之后停止…</translation>
        </message>
        <message>
            <source>The launch script could not be written: %1</source>
            <translation>无法写入启动脚本：%1</translation>
        </message>
        <message>
            <source>submit it with: sbatch %1</source>
            <translation>用以下命令提交：sbatch %1</translation>
        </message>
        <message>
            <source>run it on every node (NODE_RANK=0 on the head node, HEAD_NODE=&lt;its address&gt; NODE_RANK=i on the others)</source>
            <translation>在每个节点上运行它（主节点上 NODE_RANK=0，其他节点上 HEAD_NODE=&lt;主节点地址&gt; NODE_RANK=i）</translation>
        </message>
        <message>
            <source>Wrote the launch script %1 and the run's settings %2. Copy both to the cluster and, in their folder, %3. The run folder will be runs/%4 there.</source>
            <translation>已写入启动脚本 %1 和运行设置 %2。请将两者复制到集群，并在其所在文件夹中%3。运行文件夹在那里将是 runs/%4。</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainPage</name>
        <message>
            <source>Dataset:</source>
            <translation>数据集：</translation>
        </message>
        <message>
            <source>A JSONL ({"prompt", "completion"} or {"text"}) or CSV file, or the Data step's dataset</source>
            <translation>JSONL 文件（{"prompt", "completion"} 或 {"text"}）或 CSV 文件，或“数据”步骤的数据集</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Start a new run (Ctrl+Enter)</source>
            <translation>开始新的运行（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop after the current step; the last checkpoint stays usable</source>
            <translation>在当前步之后停止；最后一个检查点仍可使用</translation>
        </message>
        <message>
            <source>Resume selected run</source>
            <translation>继续所选运行</translation>
        </message>
        <message>
            <source>Continue the run selected under "Runs" from its last checkpoint (also after a crash)</source>
            <translation>从最后一个检查点继续“运行”中所选的运行（崩溃后也可以）</translation>
        </message>
        <message>
            <source>Smoothing:</source>
            <translation>平滑：</translation>
        </message>
        <message>
            <source>Exponential moving average of the train loss: 0 = raw, 0.99 = very smooth</source>
            <translation>训练损失的指数移动平均：0 = 原始，0.99 = 非常平滑</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>日志</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>运行记录</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Model: none chosen yet — pick one in the Model step.</source>
            <translation>模型：尚未选择——请在“模型”步骤中选择。</translation>
        </message>
        <message>
            <source>Model: %1  (%2)</source>
            <translation>模型：%1（%2）</translation>
        </message>
        <message>
            <source>Choose a dataset</source>
            <translation>选择数据集</translation>
        </message>
        <message>
            <source>Datasets (*.jsonl *.json *.csv *.tsv);;All files (*)</source>
            <translation>数据集 (*.jsonl *.json *.csv *.tsv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Choose a model in the Model step first.</source>
            <translation>请先在“模型”步骤中选择一个模型。</translation>
        </message>
        <message>
            <source>Choose a dataset file first.</source>
            <translation>请先选择数据集文件。</translation>
        </message>
        <message>
            <source>Starting a run in %1</source>
            <translation>在 %1 中开始运行</translation>
        </message>
        <message>
            <source>Paused.</source>
            <translation>已暂停。</translation>
        </message>
        <message>
            <source>Resumed.</source>
            <translation>已继续。</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>"Run on" is set to a cluster: export a launch script, or choose this computer to train here.</source>
            <translation>“运行位置”设为集群：请导出启动脚本，或选择“本机”以在此训练。</translation>
        </message>
        <message>
            <source>Training failed</source>
            <translation>训练失败</translation>
        </message>
        <message>
            <source>The last lines falconry-cli wrote are below and in the log.</source>
            <translation>falconry-cli 最后输出的几行显示在下方和日志中。</translation>
        </message>
        <message>
            <source>Export launch script</source>
            <translation>导出启动脚本</translation>
        </message>
        <message>
            <source>Slurm batch scripts (*.sbatch *.sh);;All files (*)</source>
            <translation>Slurm 批处理脚本 (*.sbatch *.sh);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Shell scripts (*.sh);;All files (*)</source>
            <translation>Shell 脚本 (*.sh);;所有文件 (*)</translation>
        </message>
        <message>
            <source>"Run on" is set to a cluster: use "Export launch script…" below</source>
            <translation>“运行位置”设为集群：请使用下方的“导出启动脚本…”</translation>
        </message>
        <message>
            <source>This run may not fit in memory</source>
            <translation>此次运行可能超出内存</translation>
        </message>
        <message>
            <source>Not started: change the settings and press Start again.</source>
            <translation>未开始：请修改设置后再次点击“开始”。</translation>
        </message>
        <message>
            <source>%1: %2 %3</source>
            <translation>%1：%2 %3</translation>
        </message>
        <message>
            <source>Your edits on the Data page could not be saved, so training did not start: %1</source>
            <translation>数据页上的修改无法保存，因此训练未开始：%1</translation>
        </message>
        <message>
            <source>%1 has finished; there is nothing to resume.</source>
            <translation>%1 已完成，无需继续。</translation>
        </message>
        <message>
            <source>Resuming with the learning rate %1 (the run used %2).</source>
            <translation>以学习率 %1 继续（该运行原使用 %2）。</translation>
        </message>
        <message>
            <source>Resuming %1 from its last checkpoint (from the start when it has none)</source>
            <translation>从最后一个检查点继续 %1（若无检查点则从头开始）</translation>
        </message>
        <message>
            <source>Probes</source>
            <translation>探测</translation>
        </message>
        <message>
            <source>Adapter map…</source>
            <translation>适配器图谱…</translation>
        </message>
        <message>
            <source>Which layers the selected run's adapter changed, and how much (its final adapter, or its newest checkpoint while it trains)</source>
            <translation>所选运行的适配器改变了哪些层以及改变了多少（其最终适配器，或训练进行中时其最新的检查点）</translation>
        </message>
        <message>
            <source>Checking the data as the run will see it…</source>
            <translation>正在按运行将看到的样子检查数据…</translation>
        </message>
        <message>
            <source>Not started: no token of any example would be in the loss. See the finding below for what to change.</source>
            <translation>未开始：没有任何样本的词元会计入损失。请查看下方发现的问题，了解需要更改什么。</translation>
        </message>
        <message>
            <source>Changed by the triage: %1.</source>
            <translation>已由诊断更改：%1。</translation>
        </message>
        <message>
            <source>Rows cut at the max length</source>
            <translation>在最大长度处被截断的行</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) are longer than the max length.</source>
            <translation>
                <numerusform>%n 行超过最大长度。</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the dataset on the Data page (Import…) to see them marked as too long.</source>
            <translation>在数据页打开数据集（导入…），即可看到它们被标记为过长。</translation>
        </message>
        <message>
            <source>Row ids: %1</source>
            <translation>行 ID：%1</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainProgressRow</name>
        <message>
            <source>step %v of %m</source>
            <translation>第 %v 步，共 %m 步</translation>
        </message>
        <message>
            <source>done in %1</source>
            <translation>完成，用时 %1</translation>
        </message>
        <message>
            <source>ended after %1</source>
            <translation>%1 后结束</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TrainSettingsForm</name>
        <message>
            <source>Quick test</source>
            <translation>快速测试</translation>
        </message>
        <message>
            <source>Falcon QLoRA recipe</source>
            <translation>Falcon QLoRA 配方</translation>
        </message>
        <message>
            <source>Low memory</source>
            <translation>低内存</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>Preset:</source>
            <translation>预设：</translation>
        </message>
        <message>
            <source>LoRA adapter</source>
            <translation>LoRA 适配器</translation>
        </message>
        <message>
            <source>Rank r:</source>
            <translation>秩 r：</translation>
        </message>
        <message>
            <source>Size of the adapter. 8–64; higher learns more and needs more memory.</source>
            <translation>适配器大小。8–64；越大学得越多，也需要更多内存。</translation>
        </message>
        <message>
            <source>Alpha:</source>
            <translation>Alpha：</translation>
        </message>
        <message>
            <source>Scale of the update is alpha / r. Usually r to 2·r; QLoRA uses 16.</source>
            <translation>更新的缩放为 alpha / r。通常取 r 到 2·r；QLoRA 用 16。</translation>
        </message>
        <message>
            <source>Dropout:</source>
            <translation>Dropout：</translation>
        </message>
        <message>
            <source>On the adapter only. 0–0.1; 0.1 for small datasets.</source>
            <translation>仅作用于适配器。0–0.1；小数据集用 0.1。</translation>
        </message>
        <message>
            <source>Layers:</source>
            <translation>层：</translation>
        </message>
        <message>
            <source>Which linear layers get an adapter. All four is the QLoRA recipe; query_key_value alone is cheapest.</source>
            <translation>哪些线性层加适配器。全部四个是 QLoRA 配方；只用 query_key_value 最省。</translation>
        </message>
        <message>
            <source>4-bit NF4 base (QLoRA)</source>
            <translation>4 位 NF4 基础（QLoRA）</translation>
        </message>
        <message>
            <source>Quarters the weights' memory; about 20–40 % slower per step.</source>
            <translation>权重内存降为四分之一；每步约慢 20–40%。</translation>
        </message>
        <message>
            <source>Optimisation</source>
            <translation>优化</translation>
        </message>
        <message>
            <source>Learning rate:</source>
            <translation>学习率：</translation>
        </message>
        <message>
            <source>1e-4 to 3e-4 for LoRA; lower it if the loss jumps or becomes NaN.</source>
            <translation>LoRA 用 1e-4 到 3e-4；损失跳动或变为 NaN 时调低。</translation>
        </message>
        <message>
            <source>constant</source>
            <translation>恒定</translation>
        </message>
        <message>
            <source>linear decay</source>
            <translation>线性衰减</translation>
        </message>
        <message>
            <source>cosine decay</source>
            <translation>余弦衰减</translation>
        </message>
        <message>
            <source>Schedule:</source>
            <translation>调度：</translation>
        </message>
        <message>
            <source>Constant is the QLoRA recipe; cosine often ends a little lower.</source>
            <translation>恒定是 QLoRA 配方；余弦通常最终损失略低。</translation>
        </message>
        <message>
            <source>Warmup:</source>
            <translation>预热：</translation>
        </message>
        <message>
            <source>Fraction of steps with a rising rate. 0.03–0.1.</source>
            <translation>学习率上升阶段占步数的比例。0.03–0.1。</translation>
        </message>
        <message>
            <source>Gradient clip:</source>
            <translation>梯度裁剪：</translation>
        </message>
        <message>
            <source>Largest gradient norm. 0.3 (QLoRA) to 1.0; 0 turns it off.</source>
            <translation>最大梯度范数。0.3（QLoRA）到 1.0；0 表示关闭。</translation>
        </message>
        <message>
            <source>Batches and schedule</source>
            <translation>批次与进度</translation>
        </message>
        <message>
            <source>Max length:</source>
            <translation>最大长度：</translation>
        </message>
        <message>
            <source>Batch size:</source>
            <translation>批大小：</translation>
        </message>
        <message>
            <source>Examples per step. 1–8 on a CPU; raise the accumulation instead.</source>
            <translation>每步样本数。CPU 上 1–8；不如增加累积步数。</translation>
        </message>
        <message>
            <source>Accumulation:</source>
            <translation>累积：</translation>
        </message>
        <message>
            <source>Steps summed before an update: effective batch = batch × this. 4–16.</source>
            <translation>每次更新前累加的步数：有效批量 = 批大小 × 此值。4–16。</translation>
        </message>
        <message>
            <source>Epochs:</source>
            <translation>轮次：</translation>
        </message>
        <message>
            <source>Passes over the data. 1–3; more overfits small datasets.</source>
            <translation>遍历数据的次数。1–3；更多会让小数据集过拟合。</translation>
        </message>
        <message>
            <source>from epochs</source>
            <translation>按轮次</translation>
        </message>
        <message>
            <source>Max steps:</source>
            <translation>最大步数：</translation>
        </message>
        <message>
            <source>Stops after this many updates; overrides epochs when set.</source>
            <translation>达到此更新次数后停止；设置后优先于轮次。</translation>
        </message>
        <message>
            <source>Eval split:</source>
            <translation>评估划分：</translation>
        </message>
        <message>
            <source>Eval every:</source>
            <translation>评估间隔：</translation>
        </message>
        <message>
            <source>Steps between eval losses. Each costs a pass over the eval rows.</source>
            <translation>两次评估之间的步数。每次评估需遍历一遍评估行。</translation>
        </message>
        <message>
            <source>Checkpoint every:</source>
            <translation>检查点间隔：</translation>
        </message>
        <message>
            <source>Steps between checkpoints; a crashed run resumes from the last.</source>
            <translation>检查点之间的步数；崩溃的运行从最后一个继续。</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>随机种子：</translation>
        </message>
        <message>
            <source>Same seed and settings give the same run.</source>
            <translation>相同的种子和设置会得到相同的运行。</translation>
        </message>
        <message>
            <source>Gradient checkpointing</source>
            <translation>梯度检查点</translation>
        </message>
        <message>
            <source>Recomputes activations in the backward pass: much less memory, about 30 % slower.</source>
            <translation>在反向传播中重新计算激活：内存少得多，约慢 30%。</translation>
        </message>
        <message>
            <source>Quick test: a short run to check that everything works (200 steps on small models: the demo takes a few minutes on a fast computer, 10 or more on a slow or busy one; 30 steps on models of a billion parameters or more). Falcon QLoRA recipe: the settings of the QLoRA paper for Falcon. Low memory: the smallest footprint.</source>
            <translation>快速测试：用于检查一切是否正常的短时运行（小模型 200 步：演示在快速电脑上需要几分钟，在较慢或繁忙的电脑上需要 10 分钟或更久；十亿参数及以上的模型 30 步）。Falcon QLoRA 配方：QLoRA 论文中针对 Falcon 的设置。低内存：占用最小。</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Early stopping:</source>
            <translation>提前停止：</translation>
        </message>
        <message>
            <source>Stops the run when the eval loss has not improved for this many evals in a row (needs an eval split); the adapter is saved as usual. 3–5 against overfitting; off trains to the end.</source>
            <translation>当评估损失连续这么多次评估都没有改善时停止运行（需要评估集）；适配器照常保存。3–5 可防止过拟合；关闭则训练到结束。</translation>
        </message>
        <message>
            <source>Improvement needed:</source>
            <translation>所需改善：</translation>
        </message>
        <message>
            <source>An eval loss counts as better only when it is lower than the best so far by more than this. 0–0.01.</source>
            <translation>只有当评估损失比目前最佳值低出超过此值时才算改善。0–0.01。</translation>
        </message>
        <message>
            <source>Tokens per example; longer rows are cut. 256–1024; memory grows with it. The same value as on the Data page.</source>
            <translation>每个样本的词元数；更长的行会被截断。256–1024；内存随之增长。与数据页上的值相同。</translation>
        </message>
        <message>
            <source>Share of rows held out for the eval loss. 0.02–0.1. The same split as on the Data page.</source>
            <translation>留作评估损失的行的比例。0.02–0.1。与数据页上的划分相同。</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::TriagePanel</name>
        <message>
            <source>This run may not fit in memory</source>
            <translation>此次运行可能超出内存</translation>
        </message>
        <message>
            <source>The run ran out of memory</source>
            <translation>运行内存不足</translation>
        </message>
        <message>
            <source>The loss became NaN</source>
            <translation>损失变为 NaN</translation>
        </message>
        <message>
            <source>The loss is exploding</source>
            <translation>损失急剧上升</translation>
        </message>
        <message>
            <source>The loss is flat</source>
            <translation>损失停滞不降</translation>
        </message>
        <message>
            <source>The model is overfitting</source>
            <translation>模型过拟合</translation>
        </message>
        <message>
            <source>Many rows are cut at the max length</source>
            <translation>许多行在最大长度处被截断</translation>
        </message>
        <message>
            <source>Nothing to train on</source>
            <translation>没有可训练的内容</translation>
        </message>
        <message>
            <source>The loss includes the prompts</source>
            <translation>损失包含了提示词</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>The model folder is incomplete</source>
            <translation>模型文件夹不完整</translation>
        </message>
        <message>
            <source>With these settings the run needs about %1 of memory, but %2 is free.</source>
            <translation>按这些设置，此次运行需要约 %1 内存，但只有 %2 可用。</translation>
        </message>
        <message>
            <source>It would swap until the computer crawls, or be stopped by the system.</source>
            <translation>系统会不断使用交换空间，直到电脑慢得几乎无法使用，或者直接终止运行。</translation>
        </message>
        <message>
            <source>Choose one of the changes below; each says what the run would need then.</source>
            <translation>请选择下方的一项更改；每项都会说明更改后运行需要多少内存。</translation>
        </message>
        <message>
            <source>Step %1 needed more memory than was free.</source>
            <translation>第 %1 步所需内存超过了可用内存。</translation>
        </message>
        <message>
            <source>The run needed more memory than was free.</source>
            <translation>运行所需内存超过了可用内存。</translation>
        </message>
        <message>
            <source>The model, its activations and the optimizer state did not fit, so the run stopped.</source>
            <translation>模型、其激活和优化器状态无法装下，因此运行已停止。</translation>
        </message>
        <message>
            <source>Make the run smaller with one of the changes below, then start again.</source>
            <translation>用下方的一项更改缩小运行规模，然后重新开始。</translation>
        </message>
        <message>
            <source>At step %1 the gradients were no longer numbers (NaN or infinite).</source>
            <translation>在第 %1 步，梯度不再是数值（NaN 或无穷大）。</translation>
        </message>
        <message>
            <source>At step %1 the loss was no longer a number (NaN or infinite).</source>
            <translation>在第 %1 步，损失不再是一个数值（NaN 或无穷大）。</translation>
        </message>
        <message>
            <source>From there the model can learn nothing; that update was not applied.</source>
            <translation>从那时起模型什么也学不到；该次更新未被应用。</translation>
        </message>
        <message>
            <source>Lower the learning rate (%1 now) and start again, or resume the last good checkpoint.</source>
            <translation>降低学习率（当前为 %1）后重新开始，或从最后一个正常的检查点继续。</translation>
        </message>
        <message>
            <source>The training loss rose from %1 to %2 instead of falling.</source>
            <translation>训练损失从 %1 升到了 %2，而不是下降。</translation>
        </message>
        <message>
            <source>The steps are too large: the model gets worse with each one and forgets what it knew.</source>
            <translation>步幅太大：模型每一步都在变差，并忘掉原本知道的内容。</translation>
        </message>
        <message>
            <source>Lower the learning rate (%1 now); the best checkpoint is kept for a resume.</source>
            <translation>降低学习率（当前为 %1）；最佳检查点会保留，以便继续。</translation>
        </message>
        <message>
            <source>Raise the learning rate, or check that the answers teach something new.</source>
            <translation>提高学习率，或检查这些回答是否真的教了新东西。</translation>
        </message>
        <message>
            <source>No token is in the loss: check which column holds the answer on the Data page.</source>
            <translation>没有词元计入损失：请在数据页检查哪一列是回答。</translation>
        </message>
        <message>
            <source>The learning rate %1 is far too low for this kind of training.</source>
            <translation>对这类训练来说，学习率 %1 太低了。</translation>
        </message>
        <message>
            <source>Over %1 steps the loss stayed near %2 (it fell %3%).</source>
            <translation>在 %1 步中，损失一直在 %2 附近（只下降了 %3%）。</translation>
        </message>
        <message>
            <source>The model is not learning from these examples: the run costs time and changes nothing.</source>
            <translation>模型没有从这些样本中学到东西：运行耗费时间却没有任何改变。</translation>
        </message>
        <message>
            <source>The eval loss rose from %1 (step %2) to %3 while the training loss kept falling.</source>
            <translation>评估损失从 %1（第 %2 步）升到 %3，而训练损失仍在下降。</translation>
        </message>
        <message>
            <source>The model is memorising the training rows instead of learning what carries over to new questions.</source>
            <translation>模型在死记训练行，而不是学习能迁移到新问题上的东西。</translation>
        </message>
        <message>
            <source>Train fewer epochs, turn on early stopping, or add more (and more varied) examples.</source>
            <translation>减少训练轮次、开启提前停止，或添加更多（且更多样的）样本。</translation>
        </message>
        <message>
            <source>%1 of %2 examples are longer than the max length (%3 tokens) and are cut.</source>
            <translation>%2 个样本中有 %1 个超过最大长度（%3 个词元），会被截断。</translation>
        </message>
        <message>
            <source>The cut part is never learned: often the end of the answer, so the model learns to stop mid-sentence.</source>
            <translation>被截断的部分永远学不到：通常是回答的结尾，于是模型学会了话说一半就停。</translation>
        </message>
        <message>
            <source>Raise the max length (95% of the examples fit in %1 tokens), or look at the cut rows.</source>
            <translation>提高最大长度（95% 的样本可容纳在 %1 个词元内），或查看被截断的行。</translation>
        </message>
        <message>
            <source>No token of any example is in the loss.</source>
            <translation>没有任何样本的词元计入损失。</translation>
        </message>
        <message>
            <source>%1 of %2 examples have no answer token left in the loss.</source>
            <translation>%2 个样本中有 %1 个没有任何回答词元计入损失。</translation>
        </message>
        <message>
            <source>The model learns only from the answer tokens; without them a step costs time and teaches nothing.</source>
            <translation>模型只从回答词元中学习；没有它们，每一步都耗费时间却学不到东西。</translation>
        </message>
        <message>
            <source>Map a column to the answer on the Data page, or raise the max length so the answers are not cut away.</source>
            <translation>在数据页将一列映射为回答，或提高最大长度，使回答不被截掉。</translation>
        </message>
        <message>
            <source>Training is set to learn the whole text, the prompts too.</source>
            <translation>训练被设置为学习全部文本，包括提示词。</translation>
        </message>
        <message>
            <source>The model learns to write questions like the dataset's as much as to answer them.</source>
            <translation>模型学着写出和数据集中一样的问题，和学着回答它们一样多。</translation>
        </message>
        <message>
            <source>Train on the answers only, unless the rows are plain text.</source>
            <translation>除非各行是纯文本，否则只在回答上训练。</translation>
        </message>
        <message>
            <source>%1 could not be written: the disk has no space left.</source>
            <translation>无法写入 %1：磁盘空间已用尽。</translation>
        </message>
        <message>
            <source>Checkpoints and the adapter cannot be saved; nothing saved before was replaced.</source>
            <translation>无法保存检查点和适配器；之前保存的内容都没有被覆盖。</translation>
        </message>
        <message>
            <source>Free space on that disk (old runs and their checkpoints are the largest), then resume the run.</source>
            <translation>释放该磁盘上的空间（旧的运行及其检查点占用最多），然后继续运行。</translation>
        </message>
        <message>
            <source>%1 is missing from %2.</source>
            <translation>%2 中缺少 %1。</translation>
        </message>
        <message>
            <source>Without all of its weights the model cannot be loaded (a download was cut short, or a file was moved).</source>
            <translation>缺少部分权重，模型无法加载（下载被中断，或有文件被移动）。</translation>
        </message>
        <message>
            <source>Download the model again on the Model page, or choose a complete model folder.</source>
            <translation>在“模型”页重新下载模型，或选择一个完整的模型文件夹。</translation>
        </message>
        <message>
            <source>Use a 4-bit base</source>
            <translation>使用 4 位基础</translation>
        </message>
        <message>
            <source>Max length %1</source>
            <translation>最大长度 %1</translation>
        </message>
        <message>
            <source>Batch 1 × accumulation %1</source>
            <translation>批大小 1 × 累积 %1</translation>
        </message>
        <message>
            <source>Gradient checkpointing</source>
            <translation>梯度检查点</translation>
        </message>
        <message>
            <source>Learning rate %1</source>
            <translation>学习率 %1</translation>
        </message>
        <message>
            <source>Epochs %1</source>
            <translation>轮次 %1</translation>
        </message>
        <message>
            <source>Max steps %1</source>
            <translation>最大步数 %1</translation>
        </message>
        <message>
            <source>Early stopping (patience %1)</source>
            <translation>提前停止（耐心 %1）</translation>
        </message>
        <message>
            <source>Train on answers only</source>
            <translation>仅在回答上训练</translation>
        </message>
        <message>
            <source>Show the cut rows</source>
            <translation>显示被截断的行</translation>
        </message>
        <message>
            <source>Open the Data page</source>
            <translation>打开数据页</translation>
        </message>
        <message>
            <source>%1 (needs %2)</source>
            <translation>%1（需要 %2）</translation>
        </message>
        <message>
            <source>Changed: %1. Press Start to try again.</source>
            <translation>已更改：%1。点击“开始”重试。</translation>
        </message>
    </context>
    <context>
        <name>falconry::ui::UploadDialog</name>
        <message>
            <source>Upload to the Hugging Face Hub</source>
            <translation>上传到 Hugging Face Hub</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>Not signed in.</source>
            <translation>未登录。</translation>
        </message>
        <message>
            <source>Access token (hf_…) with write access</source>
            <translation>具有写入权限的访问令牌（hf_…）</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Create a token at &lt;a href="https://huggingface.co/settings/tokens"&gt;huggingface.co/settings/tokens&lt;/a&gt;. Falconry keeps it in the system keychain, never in a file.</source>
            <translation>在 &lt;a href="https://huggingface.co/settings/tokens"&gt;huggingface.co/settings/tokens&lt;/a&gt; 创建令牌。Falconry 将其保存在系统钥匙串中，绝不存入文件。</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>仓库</translation>
        </message>
        <message>
            <source>A new or existing model repository: NAME in your account, or ORGANISATION/NAME</source>
            <translation>新的或已有的模型仓库：您账户下的 名称，或 组织/名称</translation>
        </message>
        <message>
            <source>Private (only you and your organisation see it)</source>
            <translation>私有（只有您和您的组织可见）</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>内容：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Model card (README.md) — edit it before uploading</source>
            <translation>模型卡（README.md）——上传前可编辑</translation>
        </message>
        <message>
            <source>The repository's address appears here after the upload</source>
            <translation>上传后仓库地址会显示在这里</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Upload</source>
            <translation>上传</translation>
        </message>
        <message>
            <source>the merged model</source>
            <translation>合并后的模型</translation>
        </message>
        <message>
            <source>the run's final adapter</source>
            <translation>该运行的最终适配器</translation>
        </message>
        <message>
            <source>the adapter</source>
            <translation>适配器</translation>
        </message>
        <message>
            <source>1 file</source>
            <translation>1 个文件</translation>
        </message>
        <message>
            <source>%1 files</source>
            <translation>%1 个文件</translation>
        </message>
        <message>
            <source>%1 in %2 (%3, %4), with the model card below</source>
            <translation>%1，上传到 %2（%3，%4），附带下方的模型卡</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Not signed in. (The system keychain is not available: %1)</source>
            <translation>未登录。（系统钥匙串不可用：%1）</translation>
        </message>
        <message>
            <source>Paste an access token first.</source>
            <translation>请先粘贴访问令牌。</translation>
        </message>
        <message>
            <source>Checking the token…</source>
            <translation>正在检查令牌…</translation>
        </message>
        <message>
            <source>Signed in as &lt;b&gt;%1&lt;/b&gt;.</source>
            <translation>已登录为 &lt;b&gt;%1&lt;/b&gt;。</translation>
        </message>
        <message>
            <source>The system keychain could not keep the token (%1): it is used until Falconry closes.</source>
            <translation>系统钥匙串无法保存该令牌（%1）：它将一直使用到 Falconry 关闭为止。</translation>
        </message>
        <message>
            <source>Signed out: the token was removed from the keychain.</source>
            <translation>已退出登录：令牌已从钥匙串中删除。</translation>
        </message>
        <message>
            <source>Signed out here, but the keychain said: %1</source>
            <translation>已在此处退出登录，但钥匙串返回：%1</translation>
        </message>
        <message>
            <source>Uploading…</source>
            <translation>正在上传…</translation>
        </message>
        <message>
            <source>%1 %2 — %3 of %4</source>
            <translation>%1 %2 — %3 / %4</translation>
        </message>
        <message>
            <source>The upload failed</source>
            <translation>上传失败</translation>
        </message>
        <message>
            <source>Stopped: nothing was committed.</source>
            <translation>已停止：没有提交任何内容。</translation>
        </message>
        <message>
            <source>Uploaded in one commit. The model's page:</source>
            <translation>已在一次提交中上传。模型页面：</translation>
        </message>
    </context>
</TS>
