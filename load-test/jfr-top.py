#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples: self (top frame) and inclusive (anywhere on the stack).
Usage: jfr print --stack-depth 128 --events jdk.ExecutionSample rec.jfr | python3 load-test/jfr-top.py [N] [only-frames-containing]"""
import re, sys, collections
n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
selfc, incl, total = collections.Counter(), collections.Counter(), 0
frames = None
frame = re.compile(r'^\s+([\w$.<>/]+)\(.*\)\s+line:')
for line in sys.stdin:
    if line.startswith('jdk.ExecutionSample'):
        if frames:
            total += 1; selfc[frames[0]] += 1
            for f in set(frames): incl[f] += 1
        frames = []
    elif frames is not None:
        m = frame.match(line)
        if m: frames.append(m.group(1))
if frames:
    total += 1; selfc[frames[0]] += 1
    for f in set(frames): incl[f] += 1
print(f"{total} samples")
print("-- self (top frame)")
for f, c in selfc.most_common(n): print(f"{100*c/total:5.1f}%  {f}")
print("-- inclusive (on the stack)")
for f, c in incl.most_common(n * 3):
    if len(sys.argv) > 2 and sys.argv[2] not in f: continue
    print(f"{100*c/total:5.1f}%  {f}")
