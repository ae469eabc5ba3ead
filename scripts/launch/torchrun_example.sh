#!/usr/bin/env bash
# Falconry data-parallel LoRA training with torchrun (PyTorch's launcher): 2 nodes x 4 GPUs.
# Run this same script on every node, NODE_RANK=0 on the head node and HEAD_NODE set to its
# address everywhere, e.g.
#   HEAD_NODE=10.0.0.1 NODE_RANK=0 ./torchrun_example.sh   # on the head node
#   HEAD_NODE=10.0.0.1 NODE_RANK=1 ./torchrun_example.sh   # on the other
# torchrun sets MASTER_ADDR, MASTER_PORT, RANK, WORLD_SIZE and LOCAL_RANK for every process;
# falconry-cli joins the group through them: ProcessGroupNCCL on CUDA GPUs (cuda:LOCAL_RANK),
# ProcessGroupGloo on CPUs. Only rank 0 writes the run folder (run.json, metrics.jsonl,
# checkpoints/, adapter/), so --out must be on a filesystem every node sees for --resume.
# The GUI's "Run on > export a launch script" and
#   falconry-cli launch --export torchrun --nnodes 2 --nproc-per-node 4 --out launch.sh -- train --config run.json
# write this script with a run's own settings.
# Environment knobs: FALCONRY_DIST_TIMEOUT_S (longest wait for one collective, default 1800),
# FALCONRY_DIST_PEER_TIMEOUT_S (a silent peer is declared dead after this, default 60),
# GLOO_SOCKET_IFNAME (the network interface for Gloo on multi-homed CPU nodes).
set -euo pipefail
HEAD_NODE="${HEAD_NODE:-127.0.0.1}"
NODE_RANK="${NODE_RANK:-0}"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-8}"
exec torchrun \
    --nnodes=2 --nproc-per-node=4 --node-rank="$NODE_RANK" \
    --master-addr="$HEAD_NODE" --master-port=29500 \
    --no-python \
    falconry-cli train --config run.json
