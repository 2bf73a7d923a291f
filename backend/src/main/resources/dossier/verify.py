#!/usr/bin/env python3
"""迎检材料包离线核验 / Offline check of a Duty Ledger inspection package.

    python3 verify.py                    # 核验本文件所在的文件夹 / the folder this file is in
    python3 verify.py 材料包文件夹        # a folder
    python3 verify.py 材料包.zip          # the zip as downloaded

Python 3, standard library only, no network. It checks that every file listed in manifest.json is present
with that size and SHA-256, names files that are not in the manifest, and checks every line of
audit/events.jsonl: its canonical text is the line without its trailing ,"hash":"<64 hex>" (the exact
text, never re-serialized), sha256(prevHash + canonical) must equal hash, and an event whose seq follows the
previous line's seq must carry that line's hash as its prevHash. It prints the SHA-256 of manifest.json, to
be compared with the manifestSha256 of the package.built event in the audit trail.

Exit status: 0 intact, 1 problems found, 2 usage (no such folder or zip).
"""

import hashlib
import json
import os
import re
import sys
import unicodedata
import zipfile

FORMAT = "duty-ledger-package/1"
MANIFEST = "manifest.json"
GENESIS = "0" * 64
CHUNK = 1024 * 1024
# The line ends with ,"hash":"<64 hex>"} — the canonical text is the line with that member removed.
HASH_MEMBER = re.compile(rb',"hash":"([0-9a-f]{64})"\}\Z')
# Files an operating system puts into a folder by itself: not part of the package, not a problem.
OS_FILES = {".DS_Store", "Thumbs.db", "desktop.ini"}


def say(zh, en=None):
    print(zh)
    if en:
        print("  " + en)


def nfc(path):
    return unicodedata.normalize("NFC", path)


class FolderPackage:
    """The unpacked package: paths relative to the folder, '/'-separated."""

    def __init__(self, root):
        self.root = root
        self.files = {}
        self.duplicates = []
        for folder, dirs, names in os.walk(root):
            dirs.sort()
            for name in sorted(names):
                full = os.path.join(folder, name)
                rel = nfc(os.path.relpath(full, root).replace(os.sep, "/"))
                if rel in self.files:
                    self.duplicates.append(rel)  # two names that differ only in their Unicode form
                self.files[rel] = full

    def open(self, path):
        return open(self.files[path], "rb")

    def size(self, path):
        return os.path.getsize(self.files[path])


class ZipPackage:
    """The zip as downloaded (also one whose entries all sit in one folder)."""

    def __init__(self, path):
        self.zip = zipfile.ZipFile(path)
        self.files = {}
        self.duplicates = []
        for info in self.zip.infolist():
            if info.is_dir():
                continue
            name = nfc(info.filename)
            if name in self.files:
                self.duplicates.append(name)  # unpacking keeps one of them: which one depends on the tool
            self.files[name] = info

    def open(self, path):
        return self.zip.open(self.files[path])

    def size(self, path):
        return self.files[path].file_size


def rebase(package):
    """A package unpacked one folder too deep (e.g. 材料包/manifest.json): use that folder as the root."""
    if MANIFEST in package.files:
        return ""
    tops = {p.split("/", 1)[0] for p in package.files if "/" in p}
    candidates = [t for t in tops if t + "/" + MANIFEST in package.files]
    if len(candidates) == 1:
        prefix = candidates[0] + "/"
        package.files = {p[len(prefix):]: v for p, v in package.files.items() if p.startswith(prefix)}
        return prefix
    return ""


def sha256_of(package, path):
    digest = hashlib.sha256()
    size = 0
    with package.open(path) as f:
        while True:
            chunk = f.read(CHUNK)
            if not chunk:
                break
            size += len(chunk)
            digest.update(chunk)
    return size, digest.hexdigest()


def safe_path(path):
    return (isinstance(path, str) and path and not path.startswith("/") and "\\" not in path
            and all(part not in ("", ".", "..") for part in path.split("/")))


def check_audit_lines(stream, problems):
    """Checks audit/events.jsonl line by line (bytes, so the hashed text is exactly the stored one)."""
    count = 0
    prev_seq = None
    prev_hash = None
    first = last = None
    for number, raw in enumerate(stream, 1):
        line = raw[:-1] if raw.endswith(b"\n") else raw
        if not line.strip():
            continue
        seq, prev = read_seq(line)
        match = HASH_MEMBER.search(line)
        if match is None or seq is None or prev is None:
            if seq is not None:
                problems.append(("审计事件 seq %d 被改动" % seq, "audit event seq %d was changed" % seq))
            else:
                problems.append(("审计事件第 %d 行无法读取（被改动）" % number,
                                 "audit line %d cannot be read (changed)" % number))
            prev_seq, prev_hash = None, None
            continue
        stated = match.group(1).decode("ascii")
        canonical = line[:match.start()] + b"}"
        computed = hashlib.sha256(prev.encode("ascii") + canonical).hexdigest()
        if computed != stated:
            problems.append(("审计事件 seq %d 被改动" % seq, "audit event seq %d was changed" % seq))
        elif prev_seq is not None and seq <= prev_seq:
            problems.append(("审计事件 seq %d 顺序不对（排在 seq %d 之后）" % (seq, prev_seq),
                             "audit event seq %d is out of order (after seq %d)" % (seq, prev_seq)))
        elif (prev_seq is not None and seq == prev_seq + 1 and prev != prev_hash) or (seq == 1 and prev != GENESIS):
            problems.append(("审计事件 seq %d 与前一条不衔接" % seq,
                             "audit event seq %d does not link to the one before it" % seq))
        else:
            count += 1
        first = seq if first is None else first
        last = seq
        prev_seq, prev_hash = seq, stated
    return count, first, last


def read_seq(line):
    """seq and prevHash of one line (read only, the hash is computed over the text as it is)."""
    try:
        event = json.loads(line.decode("utf-8"))
        seq, prev = event.get("seq"), event.get("prevHash")
        if isinstance(seq, int) and not isinstance(seq, bool) and isinstance(prev, str) \
                and re.fullmatch("[0-9a-f]{64}", prev):
            return seq, prev
        return (seq if isinstance(seq, int) and not isinstance(seq, bool) else None), None
    except (ValueError, AttributeError):
        tail = re.search(rb'"seq":(\d+)\}(,"hash":"[0-9a-f]{64}"\})?\Z', line)
        return (int(tail.group(1)) if tail else None), None


def verify(package):
    """Prints the report; returns the exit status."""
    problems = []
    prefix = rebase(package)
    if MANIFEST not in package.files:
        say("缺失：manifest.json（不是迎检材料包，或清单已被删除）",
            "Missing: manifest.json (not an inspection package, or its manifest was removed)")
        say("发现问题：无法核验", "Problems found: cannot check")
        return 1
    digest = hashlib.sha256()
    with package.open(MANIFEST) as f:
        manifest_bytes = f.read()
    digest.update(manifest_bytes)
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        files = manifest["files"]
        if manifest.get("format") != FORMAT or not isinstance(files, list):
            raise ValueError(manifest.get("format"))
    except (ValueError, KeyError, TypeError, AttributeError):
        say("清单 manifest.json 无法读取（格式不对）", "manifest.json cannot be read (not %s)" % FORMAT)
        say("发现问题：无法核验", "Problems found: cannot check")
        return 1

    organization = manifest.get("organization") or {}
    say("迎检材料包：%s，%s 至 %s%s" % (organization.get("name", "?"), manifest.get("from", "?"), manifest.get("to", "?"),
                                  "（含下级组织）" if manifest.get("subtree") else ""),
        "Package: %s, %s to %s%s" % (organization.get("name", "?"), manifest.get("from", "?"), manifest.get("to", "?"),
                                     " (with its subtree)" if manifest.get("subtree") else ""))
    built_by = manifest.get("builtBy") or {}
    say("生成时间：%s，生成人：%s" % (manifest.get("builtAt", "?"), built_by.get("name", "?")),
        "Built at %s by %s" % (manifest.get("builtAt", "?"), built_by.get("name", "?")))
    if prefix:
        say("材料包位于子文件夹：%s" % prefix, "The package is in the subfolder " + prefix)
    say("清单 manifest.json 的 SHA-256：%s" % digest.hexdigest(), "SHA-256 of manifest.json: " + digest.hexdigest())
    say("  请与审计记录中 package.built 事件的 manifestSha256 比对。",
        "Compare it with manifestSha256 of the package.built event in the audit trail.")

    listed = set()
    audit_files = []
    total = 0
    for entry in files:
        path = entry.get("path") if isinstance(entry, dict) else None
        if not safe_path(path):
            problems.append(("清单中的路径无效：%r" % (path,), "invalid path in the manifest: %r" % (path,)))
            continue
        path = nfc(path)
        if path in listed or path == MANIFEST:
            problems.append(("清单中的路径重复：%s" % path, "path listed twice: " + path))
            continue
        listed.add(path)
        if path not in package.files:
            problems.append(("缺失：%s" % path, "Missing: " + path))
            continue
        try:
            size, sha = sha256_of(package, path)
        except (OSError, zipfile.BadZipFile):
            size, sha = None, None  # a zip entry whose bytes no longer match its CRC: changed
        total += size or 0
        if size != entry.get("size") or sha != entry.get("sha256"):
            problems.append(("已改动：%s" % path, "Changed: " + path))
        if entry.get("kind") == "audit-events":
            audit_files.append(path)

    for path in package.duplicates:
        problems.append(("重复的文件：%s" % path, "this path is there twice: " + path))
    for path in sorted(package.files):
        if path == MANIFEST or path in listed:
            continue
        name = path.rsplit("/", 1)[-1]
        if name in OS_FILES or name.startswith("._") or path.startswith("__MACOSX/"):
            continue
        problems.append(("清单外文件：%s" % path, "Not in the manifest: " + path))

    events = 0
    seq_range = []
    for path in audit_files:
        try:
            with package.open(path) as f:
                count, first, last = check_audit_lines(f, problems)
        except (OSError, zipfile.BadZipFile):
            continue  # already named as changed
        events += count
        if first is not None:
            seq_range.append("%s：seq %d 至 %d" % (path, first, last))
    say("清单列出 %d 个文件，共 %d 字节；%s" % (len(listed), total, "；".join(seq_range) or "无审计事件"),
        "%d files listed, %d bytes" % (len(listed), total))

    print()
    if problems:
        say("发现问题：共 %d 处" % len(problems), "Problems found: %d" % len(problems))
        for zh, en in problems:
            say(zh, en)
        return 1
    say("完整：%d个文件与清单一致，%d条审计事件哈希正确" % (len(listed), events),
        "Intact: %d files match the manifest, %d audit events hash correctly" % (len(listed), events))
    return 0


def main(argv):
    try:
        sys.stdout.reconfigure(errors="replace")
    except AttributeError:
        pass
    if len(argv) > 1 or (argv and argv[0] in ("-h", "--help")):
        say("用法：python3 verify.py [材料包文件夹|材料包.zip]", "usage: python3 verify.py [folder|zip]")
        return 2
    target = argv[0] if argv else os.path.dirname(os.path.abspath(__file__))
    if os.path.isdir(target):
        package = FolderPackage(target)
    elif os.path.isfile(target) and zipfile.is_zipfile(target):
        package = ZipPackage(target)
    else:
        say("找不到材料包文件夹或 zip 文件：%s" % target, "No package folder or zip file: " + target)
        return 2
    try:
        return verify(package)
    except (OSError, zipfile.BadZipFile) as e:
        say("读取失败：%s" % e, "Cannot read: %s" % e)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
