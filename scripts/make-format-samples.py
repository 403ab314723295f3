#!/usr/bin/env python3
"""Make the non-text samples of corpus/ and tests/fixtures/formats/ from invented plain-text reports.

    python3 scripts/make-format-samples.py SOURCE.txt OUT_DIR FORMAT...   (FORMAT: docx doc pdf html)

docx/doc/pdf: the text as simple HTML (tab-separated lines become a real <table>), converted by
LibreOffice headless (Debian: apt-get install libreoffice-writer-nogui fonts-wqy-microhei).
html: the text inside an invented government-site template (navigation, breadcrumbs, publication
bar, print/share tools, footer, visit counter, scripts), encoded GBK with <meta charset=gb2312>.
The committed binaries are what the tests read; this script only documents how they were made.
"""
import html, os, shutil, subprocess, sys, tempfile

def blocks(lines):
    out, i = [], 0
    while i < len(lines):
        if '\t' in lines[i]:
            rows = []
            while i < len(lines) and '\t' in lines[i]:
                rows.append(lines[i].split('\t')); i += 1
            out.append(('table', rows))
        else:
            if lines[i].strip(): out.append(('p', lines[i]))
            i += 1
    return out

def word_html(title, body):
    parts = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head><body>']
    for kind, item in body:
        if kind == 'p': parts.append(f'<p>{html.escape(item)}</p>')
        else:
            parts.append('<table border="1">')
            for r, row in enumerate(item):
                tag = 'th' if r == 0 else 'td'
                parts.append('<tr>' + ''.join(f'<{tag}>{html.escape(c)}</{tag}>' for c in row) + '</tr>')
            parts.append('</table>')
    return '\n'.join(parts + ['</body></html>'])

def site_page(title, body, site, column, date, source):
    content = []
    for kind, item in body:
        if kind == 'p': content.append(f'<p style="text-indent:2em">{html.escape(item)}</p>')
        else:
            content.append('<table class="MsoNormalTable" border="1" cellspacing="0">')
            for row in item:
                content.append('<tr>' + ''.join(f'<td><p align="center"><span>{html.escape(c)}</span></p></td>' for c in row) + '</tr>')
            content.append('</table>')
    nl = '\n'
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}_{site}</title>
<meta name="SiteName" content="{site}" />
<meta name="ColumnName" content="{column}" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="{date} 09:30" />
<meta name="ContentSource" content="{source}" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); hm.src = "/stat.js?id=8f2c"; }})();</script>
</head>
<body>
<div class="top-bar"><span>欢迎访问{site}</span><a href="/">网站首页</a> | <a href="/wza">无障碍浏览</a> | <a href="javascript:addFavorite()">加入收藏</a></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site}" /></div>
<div class="search"><form action="/search"><input type="text" name="q" value="请输入关键字" /><button>搜索</button></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzf/">{column}</a></div>
<div class="left-side"><h3>政务公开</h3><ul><li><a href="/zwgk/zcwj/">政策文件</a></li><li><a href="/zwgk/tjsj/">统计数据</a></li><li><a href="/zwgk/fzzf/">{column}</a></li></ul></div>
<div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-info">发布时间：{date} 09:30　　来源：{source}　　浏览次数：<span id="hits">1386</span>　　字号：【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="article-content" id="zoom">
{nl.join(content)}
</div>
<div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】 分享到：<a class="wx">微信</a> <a class="wb">微博</a></div>
<div class="prev-next"><p>上一篇：<a href="/zwgk/fzzf/1/">关于开展2023年度普法考试的通知</a></p><p>下一篇：<a href="/zwgk/fzzf/2/">2024年普法依法治理工作要点</a></p></div>
</div>
</div>
<div class="footer"><p>主办单位：{source}　　承办单位：县大数据中心</p>
<p>版权所有：{site}　　网站标识码：3300000099　　备案号：X ICP备12345678号-1</p>
<p>X公网安备 33000002000123号　　您是本站第 <span id="counter">2046817</span> 位访客</p></div>
<script>document.getElementById("hits").innerHTML = 1387;</script>
</body>
</html>
'''

def main():
    source, out_dir, formats = sys.argv[1], sys.argv[2], sys.argv[3:]
    stem = os.path.splitext(os.path.basename(source))[0]
    lines = open(source, encoding='utf-8').read().split('\n')
    title, body = lines[0], blocks(lines[1:])
    if 'html' in formats:
        org = lines[-3].strip() or title[:6]
        page = site_page(title, body, f'{org}网', '法治政府建设', '2024-01-22', org)
        open(os.path.join(out_dir, f'{stem}.html'), 'wb').write(page.encode('gbk'))
    office = [f for f in formats if f in ('docx', 'doc', 'pdf')]
    if office:
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, f'{stem}.html')
            open(src, 'w', encoding='utf-8').write(word_html(title, [('p', title)] + body))
            run = lambda *args: subprocess.run(['soffice', '--headless', *args, '--outdir', tmp], check=True, capture_output=True)
            run('--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', src)
            docx = os.path.join(tmp, f'{stem}.docx')
            if 'doc' in office: run('--convert-to', 'doc:MS Word 97', docx)
            if 'pdf' in office: run('--convert-to', 'pdf:writer_pdf_Export', docx)
            for f in office: shutil.copy(os.path.join(tmp, f'{stem}.{f}'), out_dir)

main()
