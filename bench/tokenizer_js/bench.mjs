// Reference for bench_tokenizer: Hugging Face tokenizers.js encoding the same
// chunks of the same text. Usage:
//   node bench.mjs TOKENIZER_JSON TOKENIZER_CONFIG_JSON|- TEXT_FILE IDS_OUT
// Chunks: the text's lines (each with its "\n"), 64 lines per chunk, exactly as
// bench_tokenizer.cpp cuts them. Writes all ids as little-endian int32 to
// IDS_OUT and prints one JSON line {"seconds": ..., "tokens": ..., "bytes": ...}.
import { readFileSync, writeFileSync } from "node:fs";
import { Tokenizer } from "@huggingface/tokenizers";

const [tokenizerPath, configPath, textPath, idsPath] = process.argv.slice(2);
const tokenizerJson = JSON.parse(readFileSync(tokenizerPath, "utf8"));
const config = configPath && configPath !== "-" ? JSON.parse(readFileSync(configPath, "utf8")) : {};
const tokenizer = new Tokenizer(tokenizerJson, config);

const text = readFileSync(textPath, "utf8");
const lines = text.split(/(?<=\n)/);
const chunks = [];
for (let i = 0; i < lines.length; i += 64) chunks.push(lines.slice(i, i + 64).join(""));

const start = process.hrtime.bigint();
const all = [];
for (const chunk of chunks) {
  const { ids } = tokenizer.encode(chunk, { add_special_tokens: false });
  for (const id of ids) all.push(id);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;

writeFileSync(idsPath, Buffer.from(Int32Array.from(all).buffer));
console.log(JSON.stringify({ seconds, tokens: all.length, bytes: Buffer.byteLength(text, "utf8") }));
