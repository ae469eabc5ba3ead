// Loads a GGUF with llama.cpp (npm node-llama-cpp, pinned in package.json), tokenizes texts and
// generates greedily from token-id prompts, and prints one JSON object on stdout:
//   {"tokenize": [[ids]...], "runs": [{"prompt": [...], "generated": [...],
//    "probabilities": [[id, p], ...]}]}
// "probabilities" is llama.cpp's full next-token distribution (temperature 1, no top-k/p) at
// the last prompt position. EOS/EOG tokens are yielded like any other (as Falconry with
// stopOnEos false), so both sides generate the same number of tokens. Usage: node llama_check.mjs REQUEST.json, where REQUEST holds
// {"model": path, "lora": path?, "texts": [...], "prompts": [[ids]...], "maxTokens": n,
//  "probabilities": bool}.
import {readFileSync} from "node:fs";
import {getLlama, LlamaLogLevel} from "node-llama-cpp";

const request = JSON.parse(readFileSync(process.argv[2], "utf8"));
const llama = await getLlama({gpu: false, build: "never", logLevel: LlamaLogLevel.error});
const model = await llama.loadModel({modelPath: request.model});
// One thread: the test models are tiny, and spinning worker threads on a busy 2-core machine cost seconds per token.
const contextOptions = {contextSize: request.contextSize ?? 128, batchSize: 128, sequences: 1, threads: request.threads ?? 1};
if (request.lora)
    contextOptions.lora = {adapters: [{filePath: request.lora, scale: 1}]};
const context = await model.createContext(contextOptions);
const sequence = context.getSequence();

const tokenize = (request.texts ?? []).map((text) => Array.from(model.tokenize(text, false)));
const runs = [];
for (const prompt of request.prompts ?? []) {
    const run = {prompt, generated: []};
    if (request.probabilities) {
        const first = sequence.evaluateWithMetadata(prompt, {probabilities: true},
                                                    {temperature: 1, topK: 0, topP: 1, minP: 0, yieldEogToken: true});
        const step = await first.next();
        run.probabilities = Array.from(step.value.probabilities.entries());
        await first.return();
        await sequence.clearHistory();
    }
    for await (const token of sequence.evaluate(prompt, {temperature: 0, yieldEogToken: true})) {
        run.generated.push(token);
        if (run.generated.length >= request.maxTokens)
            break;
    }
    await sequence.clearHistory();
    runs.push(run);
}
process.stdout.write(JSON.stringify({tokenize, runs}) + "\n");
await context.dispose();
await model.dispose();
await llama.dispose();
