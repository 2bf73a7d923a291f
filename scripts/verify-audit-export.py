#!/usr/bin/env python3
"""Verify a Duty Ledger audit export offline (Python 3, standard library only).

    python3 scripts/verify-audit-export.py audit-events.jsonl
    curl -s ... /api/v1/audit-events/export?format=jsonl | python3 scripts/verify-audit-export.py -

Each line of the export (GET /api/v1/audit-events/export?format=jsonl) is an event in its canonical form plus
"hash". This script rebuilds the canonical form exactly as the service hashes it (Java's Jackson) and checks
that sha256(prevHash + canonical) == hash for every event, and that each event's prevHash is the hash of the
event before it. The canonical form:

  * one JSON object, no white space, the keys of every object sorted the way Java's String.compareTo sorts
    them (by UTF-16 code units: a key holding an emoji sorts before one holding U+E000..U+FFFF, unlike
    Python's code-point order);
  * strings escaped as Jackson does: only '"', '\\' and the control characters U+0000..U+001F, the latter as
    \\b \\t \\n \\f \\r or \\u00XX with UPPERCASE hex (\\u001B, where Python writes \\u001b); everything
    else, U+2028/U+2029 and characters outside the BMP included, as itself in UTF-8;
  * integers as their digits, whatever their size; numbers with a fraction as Java's Double.toString writes
    them (1.5, 1.0E10, 1.0E-5); true, false, null.

Exit status: 0 when every event verifies, 1 when the chain is broken (the first bad event's seq is printed),
2 when the file cannot be read as an export. An export filtered by organization, entity, actor or time holds a
subset of the chain: with --filtered, each event is checked against its own prevHash and the links are checked
only between consecutive sequence numbers.
"""

import argparse
import hashlib
import json
import re
import sys

GENESIS = "0" * 64
HASH_SUFFIX = re.compile(r',"hash":"([0-9a-f]{64})"\}\s*$')

_NAMED = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_TO_ESCAPE = re.compile('[\x00-\x1f"\\\\]')


class JavaDouble:
    """A number with a fraction or an exponent, kept with the text it was read from."""

    def __init__(self, text):
        self.text = text
        self.value = float(text)


def java_string(s):
    """A JSON string as Jackson writes it."""
    return '"' + _TO_ESCAPE.sub(lambda m: _NAMED.get(m.group(), "\\u%04X" % ord(m.group())), s) + '"'


_JAVA_DOUBLE = re.compile(r"-?(0|[1-9][0-9]*)\.[0-9]+(E-?[1-9][0-9]*)?")


def java_double(d):
    """Double.toString: plain from 10^-3 to below 10^7, else d.dddE±n; the shortest digits that read back."""
    if isinstance(d, JavaDouble):
        # Written by the service already: its text is what was hashed, as long as it is Java's form.
        if _JAVA_DOUBLE.fullmatch(d.text) and float(d.text) == d.value:
            return d.text
        d = d.value
    if d != d or d in (float("inf"), float("-inf")):
        raise ValueError("not a JSON number: %r" % d)
    if d == 0:
        return "-0.0" if str(d).startswith("-") else "0.0"
    sign = "-" if d < 0 else ""
    digits, exponent = _shortest(abs(d))
    # value = 0.digits * 10^exponent
    if 1e-3 <= abs(d) < 1e7:
        if exponent <= 0:
            return sign + "0." + "0" * (-exponent) + digits
        if exponent >= len(digits):
            return sign + digits + "0" * (exponent - len(digits)) + ".0"
        return sign + digits[:exponent] + "." + digits[exponent:]
    mantissa = digits[0] + "." + (digits[1:] or "0")
    return sign + mantissa + "E" + str(exponent - 1)


def _shortest(x):
    """(digits, exponent) with x == 0.digits * 10^exponent, the fewest digits that round-trip (repr's)."""
    r = repr(x)
    mantissa, _, exp = r.partition("e")
    exp = int(exp) if exp else 0
    whole, _, frac = mantissa.partition(".")
    digits = (whole + frac).lstrip("0")
    point = len(whole) + exp
    leading_zeros = len(whole + frac) - len((whole + frac).lstrip("0"))
    digits = digits.rstrip("0") or "0"
    return digits, point - leading_zeros


def _utf16_key(s):
    return s.encode("utf-16-be", "surrogatepass")


def canonical(value):
    """The canonical JSON text of a parsed value."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return java_string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (float, JavaDouble)):
        return java_double(value)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value, key=_utf16_key)
        return "{" + ",".join(java_string(k) + ":" + canonical(value[k]) for k in keys) + "}"
    raise ValueError("not a JSON value: %r" % (value,))


def _object(pairs):
    seen = {}
    for k, v in pairs:
        if k in seen:
            raise ValueError("key %r appears twice" % k)
        seen[k] = v
    return seen


def parse(line):
    return json.loads(line, object_pairs_hook=_object, parse_float=JavaDouble,
                      parse_constant=lambda c: (_ for _ in ()).throw(ValueError("not JSON: " + c)))


def verify(lines, filtered=False, out=sys.stdout):
    """Returns the exit status; prints the verdict."""
    prev_hash = None
    prev_seq = None
    first = None
    count = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            event = parse(line)
            stated = event.pop("hash")
            seq = event["seq"]
            prev = event["prevHash"]
            if not isinstance(seq, int) or not isinstance(stated, str) or not isinstance(prev, str):
                raise ValueError("seq, prevHash or hash has the wrong type")
        except (ValueError, KeyError) as e:
            print("UNREADABLE: line %d is not an audit event (%s)" % (number, e), file=out)
            return 2
        if first is None:
            first = seq
            if seq == 1 and prev != GENESIS:
                return broken(out, seq, "the first event's prevHash is not 64 zeros")
        elif seq != prev_seq + 1 and not filtered:
            return broken(out, prev_seq + 1, "event %d is missing (the next line holds %d); "
                                             "use --filtered for a filtered export" % (prev_seq + 1, seq))
        elif seq == prev_seq + 1 and prev != prev_hash:
            return broken(out, seq, "its prevHash is not the hash of event %d" % prev_seq)
        elif seq <= prev_seq:
            return broken(out, seq, "out of order after event %d" % prev_seq)
        computed = hashlib.sha256((prev + canonical(event)).encode("utf-8")).hexdigest()
        if computed != stated:
            return broken(out, seq, "its content does not match its hash")
        prev_hash, prev_seq = stated, seq
        count += 1
    if count == 0:
        print("EMPTY: the export holds no events", file=out)
        return 2
    start = "" if first == 1 else " (the event before %d is not in the file: its link was taken as stated)" % first
    print("OK: %d events verified, seq %d to %d, last hash %s%s" % (count, first, prev_seq, prev_hash, start), file=out)
    return 0


def broken(out, seq, reason):
    print("BROKEN at seq %d: %s" % (seq, reason), file=out)
    return 1


def main(argv=None):
    parser = argparse.ArgumentParser(description="Verify a Duty Ledger audit export (jsonl) offline.")
    parser.add_argument("file", nargs="?", default="-", help="the export; - or nothing for standard input")
    parser.add_argument("--filtered", action="store_true",
                        help="the export is filtered: check links only between consecutive sequence numbers")
    args = parser.parse_args(argv)
    try:
        if args.file == "-":
            stream = open(sys.stdin.fileno(), encoding="utf-8", newline="\n", closefd=False)
        else:
            stream = open(args.file, encoding="utf-8", newline="\n")
        with stream:
            return verify(stream, filtered=args.filtered)
    except (OSError, UnicodeDecodeError) as e:
        print("UNREADABLE: %s" % e, file=sys.stdout)
        return 2


if __name__ == "__main__":
    sys.exit(main())
