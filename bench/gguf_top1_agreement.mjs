// llama.cpp's top-1 agreement of quantized GGUF files with a reference GGUF (f16) on a text:
// the text is tokenized by llama.cpp, and at every position each file predicts the next token
// from the same true prefix (teacher forcing). Prints JSON with the agreement per file and the
// mean |log p_ref(top) - log p_file(top of ref)|. Uses node-llama-cpp from tests/gguf.
//   node bench/gguf_top1_agreement.mjs TEXT_FILE REF.gguf OTHER.gguf...
import {readFileSync} from "node:fs";
import {dirname, join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const {getLlama, LlamaLogLevel} = await import(
    pathToFileURL(join(here, "../tests/gguf/node_modules/node-llama-cpp/dist/index.js")).href);
const [textFile, refPath, ...others] = process.argv.slice(2);
const text = readFileSync(textFile, "utf8");
const llama = await getLlama({gpu: false, build: "never", logLevel: LlamaLogLevel.error});

/** For each prefix length k >= 1 of `ids`, the distribution of the next token. */
async function distributions(path, ids) {
    const model = await llama.loadModel({modelPath: path});
    const context = await model.createContext({contextSize: ids.length + 8, batchSize: ids.length + 8, threads: 1});
    const sequence = context.getSequence();
    const out = [];
    for (let k = 1; k < ids.length; ++k) {
        const it = sequence.evaluateWithMetadata(ids.slice(0, k), {probabilities: true}, {temperature: 1, topK: 0, topP: 1, minP: 0, yieldEogToken: true});
        const step = await it.next();
        out.push(step.value.probabilities);
        await it.return();
        await sequence.clearHistory();
    }
    const tokens = Array.from(model.tokenize(text, false));
    await context.dispose();
    await model.dispose();
    return {out, tokens};
}

const argmax = (probs) => {
    let best = -1, p = -1;
    for (const [id, q] of probs)
        if (q > p) { best = id; p = q; }
    return best;
};

const refModel = await llama.loadModel({modelPath: refPath});
const ids = Array.from(refModel.tokenize(text, false)).slice(0, 160);
await refModel.dispose();
const ref = (await distributions(refPath, ids)).out;
const report = {text: textFile, tokens: ids.length, positions: ref.length, reference: refPath, files: {}};
for (const path of others) {
    const other = (await distributions(path, ids)).out;
    let same = 0, logGap = 0;
    for (let i = 0; i < ref.length; ++i) {
        const top = argmax(ref[i]);
        if (argmax(other[i]) === top)
            ++same;
        logGap += Math.abs(Math.log(ref[i].get(top)) - Math.log(other[i].get(top) ?? 1e-30));
    }
    report.files[path] = {top1_agreement: same / ref.length, same, mean_abs_logp_diff_of_ref_top: logGap / ref.length};
}
process.stdout.write(JSON.stringify(report, null, 2) + "\n");
await llama.dispose();
