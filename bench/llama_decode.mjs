// llama.cpp's prefill and decode speed on a GGUF (node-llama-cpp from tests/gguf, its prebuilt
// CPU binary), for bench_falcon_7b's same-run comparison. Prints one JSON object:
//   {"prefill_seconds": best of 2 for the prompt, "decode_tokens_per_s": after the first token,
//    "decode_tokens": n, "threads": t, "llama_cpp": build}
// Usage: node bench/llama_decode.mjs REQUEST.json with {"model": path, "prompt": [ids],
// "decode": n, "threads": t}. Greedy; end-of-generation tokens are decoded like any other.
import {readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const {getLlama, LlamaLogLevel} = await import(
    pathToFileURL(join(here, "../tests/gguf/node_modules/node-llama-cpp/dist/index.js")).href);
const request = JSON.parse(readFileSync(process.argv[2], "utf8"));
const llama = await getLlama({gpu: false, build: "never", logLevel: LlamaLogLevel.error});
const model = await llama.loadModel({modelPath: request.model});
const prompt = request.prompt;
const context = await model.createContext({contextSize: prompt.length + request.decode + 16,
                                           batchSize: prompt.length, sequences: 1, threads: request.threads});
const sequence = context.getSequence();
const now = () => Number(process.hrtime.bigint()) / 1e9;

let prefill = Infinity;
for (let i = 0; i < 2; ++i) { // the first run also pages the weights in
    const t0 = now();
    await sequence.evaluateWithoutGeneratingNewTokens(prompt);
    prefill = Math.min(prefill, now() - t0);
    await sequence.clearHistory();
}

const times = [];
for await (const token of sequence.evaluate(prompt, {temperature: 0, yieldEogToken: true})) {
    times.push(now());
    if (times.length >= request.decode + 1)
        break;
}
const decodeSeconds = times[times.length - 1] - times[0];
process.stdout.write(JSON.stringify({
    prefill_seconds: prefill,
    decode_tokens: times.length - 1,
    decode_tokens_per_s: (times.length - 1) / decodeSeconds,
    threads: request.threads,
    llama_cpp: llama.llamaCppRelease?.release ?? "unknown",
}) + "\n");
await context.dispose();
await model.dispose();
await llama.dispose();
