#!/usr/bin/env bash
# Reproduces resources/demo-model: a small Falcon-architecture model (same code
# path as Falcon-7B: multi-query attention, parallel attention + MLP, rotary)
# with its own sentencepiece tokenizer, pretrained with Falconry's own
# full-parameter mode on English text from Debian packages (see
# build_corpus.py for the sources and their licences).
#
# Usage: [MAX_STEPS=N] scripts/demo/make_demo_model.sh [BUILD_DIR]
# The bundled model was made with the defaults (5,000 steps of 16 x 128 tokens, about 30 minutes
# on 2 otherwise idle CPU cores at 4,400 tokens/s).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
steps=${MAX_STEPS:-5000}
cli=$build/app/falconry-cli
work=$build/demo-work
out=$root/resources/demo-model

for p in fortunes python3.11-doc sentencepiece; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ -n "${missing[*]:-}" ]]; then
    sudo=(); [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

rm -rf "$work" && mkdir -p "$work"
python3 "$root/scripts/demo/build_corpus.py" "$work/corpus.txt"
python3 - "$work" "$root/resources/demo-data/aerie_support.csv" <<'PY'
import csv, json, pathlib, re, sys
work = pathlib.Path(sys.argv[1])
# Pretraining examples: paragraphs packed into pieces of at most about 450 characters, which is
# about the 128 tokens a training row holds, so little of the corpus is cut off; a longer
# paragraph is split at sentence ends.
LIMIT = 450
def pieces_of(paragraph):
    if len(paragraph) <= LIMIT:
        return [paragraph]
    out, cur = [], ""
    for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
        if cur and len(cur) + len(sentence) + 1 > LIMIT:
            out.append(cur)
            cur = ""
        cur = (cur + " " + sentence) if cur else sentence
    if cur:
        out.append(cur)
    return out
paras = work.joinpath("corpus.txt").read_text(encoding="utf-8").split("\n\n")
with work.joinpath("corpus.jsonl").open("w", encoding="utf-8") as f:
    piece = ""
    for para in paras:
        for p in pieces_of(para):
            if piece and len(piece) + len(p) + 2 > LIMIT:
                f.write(json.dumps({"text": piece}) + "\n")
                piece = ""
            piece = (piece + "\n\n" + p) if piece else p
    if piece:
        f.write(json.dumps({"text": piece}) + "\n")
# The tokenizer also sees the demo dataset's text so that its words are not split into bytes.
rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
work.joinpath("demo_text.txt").write_text(
    "\n".join(r["customer_message"] + "\n" + r["agent_reply"] for r in rows), encoding="utf-8")
PY
spm_train --input="$work/corpus.txt,$work/demo_text.txt" --model_prefix="$work/tokenizer" \
    --vocab_size=4096 --model_type=bpe --byte_fallback=true --normalization_rule_name=identity \
    --remove_extra_whitespaces=false --split_digits=true --unk_id=0 --bos_id=1 --eos_id=2 --pad_id=-1 \
    --character_coverage=0.9995 --input_sentence_size=2000000 --shuffle_input_sentence=true \
    --num_threads=2 --minloglevel=2
cat > "$work/tokenizer_config.json" <<'JSON'
{"tokenizer_class": "LlamaTokenizer", "bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>",
 "add_bos_token": false, "add_eos_token": false, "model_max_length": 512}
JSON

"$cli" init-model --config "$root/scripts/demo/demo_config.json" --tokenizer "$work/tokenizer.model" \
    --out "$work/init" --dtype fp32 --seed 1
cp "$work/tokenizer_config.json" "$work/init/"
"$cli" train --model "$work/init" --data "$work/corpus.jsonl" --full --dtype fp32 \
    --lr 3e-3 --schedule cosine --warmup-ratio 0.02 --max-steps "$steps" --batch 16 --max-length 128 --max-grad-norm 1.0 --weight-decay 0.01 \
    --no-gradient-checkpointing --seed 1 --out "$work/run"
rm -rf "$out"
"$cli" convert --model "$work/run/model" --out "$out" --dtype bf16
cp "$work/tokenizer_config.json" "$out/"
cp "$root/scripts/demo/MODEL_CARD.md" "$out/README.md"
du -sh "$out"
"$cli" generate --model "$out" --prompt "The" --max-new-tokens 40 --greedy || true
