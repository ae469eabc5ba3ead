#!/usr/bin/env python3
"""Reference figure for bench_train: Hugging Face transformers + peft training
tokens/s on shape `mini` (hidden 1024, 8 layers, 16 heads multi-query, vocab
65024, LoRA r=16 on query_key_value/dense/dense_h_to_4h/dense_4h_to_h, batch
4 x 256 tokens with the first half of each row masked, bf16). Prints JSON.

Usage: python3 hf_peft_mini.py [--device cpu|cuda] [--steps N]
"""
import argparse
import json
import time

import torch
from peft import LoraConfig, get_peft_model
from transformers import FalconConfig, FalconForCausalLM


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args()
    torch.manual_seed(0)
    config = FalconConfig(vocab_size=65024, hidden_size=1024, num_hidden_layers=8, num_attention_heads=16,
                          multi_query=True, parallel_attn=True, bias=False, alibi=False,
                          new_decoder_architecture=False)
    model = FalconForCausalLM(config).to(device=args.device, dtype=torch.bfloat16)
    model = get_peft_model(model, LoraConfig(r=16, lora_alpha=32, lora_dropout=0.0, target_modules=[
        "query_key_value", "dense", "dense_h_to_4h", "dense_4h_to_h"], task_type="CAUSAL_LM"))
    for n, p in model.named_parameters():
        if p.requires_grad:
            p.data = p.data.float()
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-4)
    batch, seq = 4, 256
    ids = torch.randint(0, 65024, (batch, seq), device=args.device)
    labels = ids.clone()
    labels[:, : seq // 2] = -100

    def step():
        with torch.autocast(device_type="cuda" if args.device == "cuda" else "cpu", dtype=torch.bfloat16):
            loss = model(input_ids=ids, labels=labels).loss
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)
        return loss

    for _ in range(args.warmup):
        step()
    if args.device == "cuda":
        torch.cuda.synchronize()
    t0 = time.perf_counter()
    for _ in range(args.steps):
        step()
    if args.device == "cuda":
        torch.cuda.synchronize()
    dt = time.perf_counter() - t0
    print(json.dumps({"impl": "transformers+peft", "torch": torch.__version__, "device": args.device,
                      "gpu": torch.cuda.get_device_name() if args.device == "cuda" else None,
                      "tokens_per_s": batch * seq * args.steps / dt, "steps": args.steps}))


if __name__ == "__main__":
    main()
