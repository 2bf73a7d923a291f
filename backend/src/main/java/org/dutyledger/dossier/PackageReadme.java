package org.dutyledger.dossier;

import org.dutyledger.common.LocalTimes;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** 说明.html: what the package holds and how anyone can check, offline, that nothing in it was changed. */
final class PackageReadme {

    private PackageReadme() {
    }

    static final Map<PackagePart, String> PART_NAMES = Map.of(
            PackagePart.LEDGERS, "台账（责任分工表、责任矩阵、领导小组、阵地登记）",
            PackagePart.PUBLICATIONS, "信息发布审核单",
            PackagePart.OBLIGATIONS, "工作义务台账及证明材料",
            PackagePart.REPORTS, "工作报告与重大事项报告",
            PackagePart.INSPECTIONS, "检查结果、整改台账及整改证明",
            PackagePart.AUDIT, "审计日志（audit/events.jsonl）与审计链状态（audit/chain.json）");

    static String html(PackageScope scope, List<PackagePart> parts, Instant builtAt, String builtBy) {
        StringBuilder li = new StringBuilder();
        for (PackagePart p : parts) {
            li.append("<li>").append(esc(PART_NAMES.get(p))).append("</li>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <title>迎检材料包说明 — %1$s</title>
                <style>
                  body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; max-width: 48em; margin: 2em auto; line-height: 1.7; color: #222; }
                  h1 { font-size: 1.5em; } th { text-align: left; padding-right: 1.5em; white-space: nowrap; } code { background: #f3f3f3; padding: 0 .3em; }
                  @page { size: A4; margin: 2cm; }
                </style>
                </head>
                <body>
                <h1>%1$s 迎检材料包</h1>
                <table>
                <tr><th>组织</th><td>%1$s%2$s</td></tr>
                <tr><th>期间</th><td>%3$s 至 %4$s</td></tr>
                <tr><th>生成时间</th><td>%5$s</td></tr>
                <tr><th>生成人</th><td>%6$s</td></tr>
                </table>
                <h2>包含内容</h2>
                <ul>
                %7$s</ul>
                <p>每个文件的大小和 SHA-256 都列在 <code>manifest.json</code> 中；台账为生成时生成人有权查阅的内容。</p>
                <h2>如何核验</h2>
                <ol>
                <li>将压缩包完整解压到一个文件夹。</li>
                <li>用浏览器打开其中的 <code>verify.html</code>，选择（或拖入）这个文件夹；无需联网。</li>
                <li>或者在该文件夹中运行 <code>python3 verify.py</code>（只需 Python 3 标准库）。</li>
                </ol>
                <p>两种方式都会逐一核对清单中每个文件的大小和 SHA-256，并按审计链规则重算 <code>audit/events.jsonl</code> 中每条审计事件的哈希；
                有任何改动、缺失或多出的文件都会逐条指出。</p>
                <p><code>manifest.json</code> 本身的 SHA-256 已作为 <code>package.built</code> 事件写入系统的审计链（事件的 changes.manifestSha256），
                核验程序会显示这个值，可与系统中的审计日志比对，从而证明本材料包生成后未被改动。</p>
                </body>
                </html>
                """.formatted(esc(scope.organizationName()), scope.subtree() ? "（含下级组织）" : "（仅本级）",
                scope.from(), scope.to(), esc(LocalTimes.dateTime(builtAt, LocalTimes.zone())), esc(builtBy), li);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
