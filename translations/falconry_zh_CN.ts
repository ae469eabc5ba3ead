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
        <name>ChatPane</name>
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
    </context>
    <context>
        <name>ChatTemplate</name>
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
            <source>Plain text (no template)</source>
            <translation>纯文本（无模板）</translation>
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
    </context>
    <context>
        <name>ComparePage</name>
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
            <source>Generation is not available in this build: the generation engine (core/generate) is not part of it yet.</source>
            <translation>此版本不支持生成：生成引擎（core/generate）尚未包含在内。</translation>
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
            <source>No adapter yet: train one, or choose a PEFT folder</source>
            <translation>还没有适配器：先训练一个，或选择一个 PEFT 文件夹</translation>
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
            <source>Base model</source>
            <translation>基础模型</translation>
        </message>
        <message>
            <source>Tuned model</source>
            <translation>微调模型</translation>
        </message>
        <message>
            <source>no adapter chosen</source>
            <translation>未选择适配器</translation>
        </message>
        <message>
            <source>%1 + %2</source>
            <translation>%1 + %2</translation>
        </message>
        <message>
            <source>This build has no generation engine yet.</source>
            <translation>此版本尚无生成引擎。</translation>
        </message>
        <message>
            <source>Choose a model in the Model step first.</source>
            <translation>请先在“模型”步骤中选择一个模型。</translation>
        </message>
        <message>
            <source>Choose an adapter: train one, or pick a PEFT folder.</source>
            <translation>请选择适配器：先训练一个，或选一个 PEFT 文件夹。</translation>
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
            <source>Fix the row named above in the Data step, or choose another file.</source>
            <translation>在“数据”步骤中修正上面指出的行，或选择另一个文件。</translation>
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
    </context>
    <context>
        <name>ExportPage</name>
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
            <source>Merging is not available in this build: the merge step of the engine is not part of it yet.</source>
            <translation>此版本不支持合并：引擎的合并步骤尚未包含在内。</translation>
        </message>
        <message>
            <source>Hugging Face Hub</source>
            <translation>Hugging Face Hub</translation>
        </message>
        <message>
            <source>Uploading to the Hub needs a network connection and a Hugging Face access token (kept in the system keychain, never in a plain file). It is not available in this offline build; save the adapter and upload it with huggingface-cli.</source>
            <translation>上传到 Hub 需要网络连接和 Hugging Face 访问令牌（保存在系统钥匙串中，绝不存为普通文件）。此离线版本不支持上传；请保存适配器并用 huggingface-cli 上传。</translation>
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
            <source>Save the adapter as</source>
            <translation>将适配器另存为</translation>
        </message>
        <message>
            <source>Save the merged model as</source>
            <translation>将合并后的模型另存为</translation>
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
    </context>
    <context>
        <name>LossChart</name>
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
            <source>Import a dataset (CSV, TSV, JSON, JSONL), map its columns to roles, choose a prompt template, and see and edit every example exactly as the model will see it. Until this step is built, choose a JSONL or CSV file on the Train page.</source>
            <translation>导入数据集（CSV、TSV、JSON、JSONL），将各列映射到角色，选择提示模板，并按模型看到的样子查看和编辑每个样本。在此步骤完成之前，请在“训练”页面选择 JSONL 或 CSV 文件。</translation>
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
    </context>
    <context>
        <name>MemoryBar</name>
        <message>
            <source>Needs %1</source>
            <translation>需要 %1</translation>
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
            <source>Not on this machine. Downloading needs a network connection: put the Hugging Face folder of %1 on disk and use "Open folder…".</source>
            <translation>不在本机上。下载需要网络连接：请把 %1 的 Hugging Face 文件夹放到磁盘上，然后使用“打开文件夹…”。</translation>
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
            <source>Estimated training time for one epoch of the chosen data: %1 min</source>
            <translation>所选数据训练一个轮次的预计时间：%1 分钟</translation>
        </message>
        <message>
            <source>Training time: estimated once a dataset is chosen and the engine's planner is available.</source>
            <translation>训练时间：选择数据集且引擎规划器可用后估算。</translation>
        </message>
    </context>
    <context>
        <name>PlannedPage</name>
        <message>
            <source>This step is not available yet in this version of Falconry.</source>
            <translation>此版本的 Falconry 尚未提供此步骤。</translation>
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
    </context>
    <context>
        <name>TrainPage</name>
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
            <source>Training is not available in this build: the training engine (core/train) is not part of it yet. Settings, presets and earlier runs can be viewed.</source>
            <translation>此版本不支持训练：训练引擎（core/train）尚未包含在内。可以查看设置、预设和以往的运行。</translation>
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
            <source>step %v of %m</source>
            <translation>第 %v 步，共 %m 步</translation>
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
            <source>Runs</source>
            <translation>运行记录</translation>
        </message>
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
            <source>%1 has no checkpoint to resume from.</source>
            <translation>%1 没有可以继续的检查点。</translation>
        </message>
        <message>
            <source>This build has no training engine yet.</source>
            <translation>此版本尚无训练引擎。</translation>
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
            <source>starting…</source>
            <translation>正在启动…</translation>
        </message>
        <message>
            <source>Starting a run in %1</source>
            <translation>在 %1 中开始运行</translation>
        </message>
        <message>
            <source>Resuming %1 from its last checkpoint</source>
            <translation>从最后一个检查点继续 %1</translation>
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
            <source>Stopping after the current step…</source>
            <translation>将在当前步之后停止…</translation>
        </message>
        <message>
            <source>%1 elapsed, about %2 left</source>
            <translation>已用 %1，约剩 %2</translation>
        </message>
        <message>
            <source>Longest pause of the window while training: %1 ms</source>
            <translation>训练期间窗口最长停顿：%1 毫秒</translation>
        </message>
        <message>
            <source>done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>no checkpoint</source>
            <translation>无检查点</translation>
        </message>
        <message>
            <source>can resume</source>
            <translation>可继续</translation>
        </message>
        <message>
            <source>training</source>
            <translation>训练中</translation>
        </message>
    </context>
    <context>
        <name>TrainSettingsForm</name>
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
            <source>Quick test: 30 steps to check that everything works. Falcon QLoRA recipe: the settings of the QLoRA paper for Falcon. Low memory: the smallest footprint.</source>
            <translation>快速测试：30 步，检查一切是否正常。Falcon QLoRA 配方：QLoRA 论文中用于 Falcon 的设置。低内存：占用最小。</translation>
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
            <source>Tokens per example; longer rows are cut. 256–1024; memory grows with it.</source>
            <translation>每个样本的词元数；更长的会被截断。256–1024；内存随之增长。</translation>
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
            <source>Share of rows held out for the eval loss. 0.02–0.1.</source>
            <translation>留作评估损失的行比例。0.02–0.1。</translation>
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
            <source>%1 B</source>
            <translation>%1B</translation>
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
            <source>Generation is not available in this build: the generation engine (core/generate) is not part of it yet.</source>
            <translation>此版本不支持生成：生成引擎（core/generate）尚未包含在内。</translation>
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
            <source>No adapter yet: train one, or choose a PEFT folder</source>
            <translation>还没有适配器：先训练一个，或选择一个 PEFT 文件夹</translation>
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
            <source>Base model</source>
            <translation>基础模型</translation>
        </message>
        <message>
            <source>Tuned model</source>
            <translation>微调模型</translation>
        </message>
        <message>
            <source>no adapter chosen</source>
            <translation>未选择适配器</translation>
        </message>
        <message>
            <source>%1 + %2</source>
            <translation>%1 + %2</translation>
        </message>
        <message>
            <source>This build has no generation engine yet.</source>
            <translation>此版本尚无生成引擎。</translation>
        </message>
        <message>
            <source>Choose a model in the Model step first.</source>
            <translation>请先在“模型”步骤中选择一个模型。</translation>
        </message>
        <message>
            <source>Choose an adapter: train one, or pick a PEFT folder.</source>
            <translation>请选择适配器：先训练一个，或选一个 PEFT 文件夹。</translation>
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
            <source>Merging is not available in this build: the merge step of the engine is not part of it yet.</source>
            <translation>此版本不支持合并：引擎的合并步骤尚未包含在内。</translation>
        </message>
        <message>
            <source>Hugging Face Hub</source>
            <translation>Hugging Face Hub</translation>
        </message>
        <message>
            <source>Uploading to the Hub needs a network connection and a Hugging Face access token (kept in the system keychain, never in a plain file). It is not available in this offline build; save the adapter and upload it with huggingface-cli.</source>
            <translation>上传到 Hub 需要网络连接和 Hugging Face 访问令牌（保存在系统钥匙串中，绝不存为普通文件）。此离线版本不支持上传；请保存适配器并用 huggingface-cli 上传。</translation>
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
            <source>Save the adapter as</source>
            <translation>将适配器另存为</translation>
        </message>
        <message>
            <source>Save the merged model as</source>
            <translation>将合并后的模型另存为</translation>
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
            <source>Not on this machine. Downloading needs a network connection: put the Hugging Face folder of %1 on disk and use "Open folder…".</source>
            <translation>不在本机上。下载需要网络连接：请把 %1 的 Hugging Face 文件夹放到磁盘上，然后使用“打开文件夹…”。</translation>
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
            <source>Estimated training time for one epoch of the chosen data: %1 min</source>
            <translation>所选数据训练一个轮次的预计时间：%1 分钟</translation>
        </message>
        <message>
            <source>Training time: estimated once a dataset is chosen and the engine's planner is available.</source>
            <translation>训练时间：选择数据集且引擎规划器可用后估算。</translation>
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
            <source>Training is not available in this build: the training engine (core/train) is not part of it yet. Settings, presets and earlier runs can be viewed.</source>
            <translation>此版本不支持训练：训练引擎（core/train）尚未包含在内。可以查看设置、预设和以往的运行。</translation>
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
            <source>step %v of %m</source>
            <translation>第 %v 步，共 %m 步</translation>
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
            <source>Runs</source>
            <translation>运行记录</translation>
        </message>
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
            <source>%1 has no checkpoint to resume from.</source>
            <translation>%1 没有可以继续的检查点。</translation>
        </message>
        <message>
            <source>This build has no training engine yet.</source>
            <translation>此版本尚无训练引擎。</translation>
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
            <source>starting…</source>
            <translation>正在启动…</translation>
        </message>
        <message>
            <source>Starting a run in %1</source>
            <translation>在 %1 中开始运行</translation>
        </message>
        <message>
            <source>Resuming %1 from its last checkpoint</source>
            <translation>从最后一个检查点继续 %1</translation>
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
            <source>Stopping after the current step…</source>
            <translation>将在当前步之后停止…</translation>
        </message>
        <message>
            <source>%1 elapsed, about %2 left</source>
            <translation>已用 %1，约剩 %2</translation>
        </message>
        <message>
            <source>Longest pause of the window while training: %1 ms</source>
            <translation>训练期间窗口最长停顿：%1 毫秒</translation>
        </message>
        <message>
            <source>done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>no checkpoint</source>
            <translation>无检查点</translation>
        </message>
        <message>
            <source>can resume</source>
            <translation>可继续</translation>
        </message>
        <message>
            <source>training</source>
            <translation>训练中</translation>
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
            <source>Quick test: 30 steps to check that everything works. Falcon QLoRA recipe: the settings of the QLoRA paper for Falcon. Low memory: the smallest footprint.</source>
            <translation>快速测试：30 步，检查一切是否正常。Falcon QLoRA 配方：QLoRA 论文中用于 Falcon 的设置。低内存：占用最小。</translation>
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
            <source>Tokens per example; longer rows are cut. 256–1024; memory grows with it.</source>
            <translation>每个样本的词元数；更长的会被截断。256–1024；内存随之增长。</translation>
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
            <source>Share of rows held out for the eval loss. 0.02–0.1.</source>
            <translation>留作评估损失的行比例。0.02–0.1。</translation>
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
    </context>
</TS>
