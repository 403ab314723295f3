import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isBoilerplateLine, isoDate } from '../../../../src/ingest/readers/web-boilerplate.js';
import { declaredCharset, decodeHtml } from '../../../../src/ingest/readers/html-charset.js';
import { parseHTML } from 'linkedom';
import { readHtml } from '../../../../src/ingest/readers/html-reader.js';
import { domToLines, type DomNode } from '../../../../src/ingest/readers/html-lines.js';

describe('isBoilerplateLine', () => {
  it.each([
    '发布时间：2024-01-22 09:30 来源：县司法局 浏览次数：1386',
    '发布日期：2023年12月5日',
    '来源：芦汀县司法局',
    '【打印本页】【关闭窗口】',
    '分享到：',
    '字号：【大 中 小】',
    '当前位置：首页 > 政务公开 > 法治政府建设',
    '首页 > 政务公开 > 法治建设 > 正文',
    '版权所有：芦汀县人民政府 网站标识码：3300000099',
    'X ICP备12345678号-1',
    'X公网安备 33000002000123号',
    '主办单位：芦汀县人民政府办公室',
    '您是本站第 2046817 位访客',
    '上一篇：芦汀县司法局2023年工作总结',
  ])('drops %s', (line) => expect(isBoilerplateLine(line)).toBe(true));

  it.each([
    '芦汀县人民政府关于2023年度法治政府建设情况的报告',
    '全县243个人民调解委员会共排查矛盾纠纷5,128件，调解成功5,016件。',
    '一、主要工作成效',
    '行政复议\t61\t58\t7',
    '2024年1月20日',
    '开展送法下乡活动，现场分享典型案例12个。',
    '县融媒体中心开设普法专栏，累计点击量达3.2万人次，发布时间集中在每周五。',
  ])('keeps %s', (line) => expect(isBoilerplateLine(line)).toBe(false));
});

describe('web page dates and charsets', () => {
  it('reads dates in the forms sites write them', () => {
    expect(isoDate('2024-01-22 09:30')).toBe('2024-01-22');
    expect(isoDate('2023年12月5日')).toBe('2023-12-05');
    expect(isoDate('2023/7/1')).toBe('2023-07-01');
    expect(isoDate('第13期')).toBeNull();
  });

  it('finds the declared charset and decodes by it, falling back when it lies', () => {
    expect(declaredCharset(Buffer.from('<meta charset="GBK">'))).toBe('GBK');
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe('gb2312');
    const gbk = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'), iconv.encode('共受理行政复议案件61件。', 'gbk'), Buffer.from('</p></body></html>')]);
    expect(decodeHtml(gbk, 'x.html').text).toContain('共受理行政复议案件61件');
  });
});

describe('readHtml', () => {
  it('reads a short page without a detectable article, minus its template parts', () => {
    const page = `<html><head><meta charset="utf-8"><title>通知_某某网</title></head><body>
      <div class="nav"><a>首页</a><a>政务公开</a><a>互动交流</a></div>
      <div class="breadcrumb">首页 &gt; 通知公告</div>
      <h2>关于调整办公时间的通知</h2>
      <p>自2024年3月1日起，县行政服务中心窗口延长服务时间1小时。</p>
      <div class="footer">版权所有 某某县人民政府</div></body></html>`;
    const doc = readHtml(Buffer.from(page), 'notice.html');
    expect(doc.text).toBe('关于调整办公时间的通知\n自2024年3月1日起，县行政服务中心窗口延长服务时间1小时。\n');
    expect(doc.title).toBe('关于调整办公时间的通知');
  });

  it('an old layout-table site: the bold headline opens the text and is the title, not the site name in <title>', () => {
    const page = `<html><head><meta charset="gbk"><title>青禾县人民政府--政务公开</title></head><body>
      <table><tr><td><a href="/">首页</a> | <a href="/a">机构概况</a> | <a href="/b">政务公开</a></td></tr>
      <tr><td><table><tr><td width="200"><a href="/x">通知公告</a><br><a href="/z">法治建设</a></td>
      <td><table><tr><td align="center"><font size="5"><b>青禾县2023年法治政府建设情况报告</b></font></td></tr>
      <tr><td align="center">发布日期：2024-02-01　信息来源：县司法局　点击数：356</td></tr>
      <tr><td><p>　　2023年，全县共受理行政复议案件41件，办结39件，行政机关负责人出庭应诉率100%。</p>
      <p>　　全年开展法治宣传活动120余场，发放资料1.5万份，县乡两级调解组织调处纠纷860件。</p>
      <p>　　下一步，县政府将继续完善合法性审查机制，力争重大决策合法性审查率保持100%。</p></td></tr></table></td></tr></table></td></tr>
      <tr><td>Copyright &copy; 2024 青禾县人民政府 版权所有 X ICP备12345678号</td></tr></table></body></html>`;
    const doc = readHtml(iconv.encode(page, 'gbk'), 'old.htm');
    expect(doc).toMatchObject({ title: '青禾县2023年法治政府建设情况报告', published: '2024-02-01', encoding: 'gb18030' });
    expect(doc.text.split('\n')[0]).toBe('青禾县2023年法治政府建设情况报告');
    expect(doc.text).toContain('2023年，全县共受理行政复议案件41件，办结39件');
    for (const furniture of ['首页', '点击数', '版权所有', 'ICP', '通知公告']) expect(doc.text, furniture).not.toContain(furniture);
  });

  it('turns a data table into tab-separated rows and a layout table into blocks', () => {
    const { document } = parseHTML(`<html><body><h1>报告</h1>
      <table><tr><th>项目</th><th>数量<br>（件）</th><td></td></tr><tr><td>受理</td><td><p>61</p></td><td></td></tr><tr><td></td></tr></table>
      <table><tr><td><p>${'这是一个很长的段落，'.repeat(20)}</p><p>第二段。</p></td></tr></table></body></html>`);
    const lines = domToLines(document.body as unknown as DomNode);
    expect(lines.slice(0, 3)).toEqual(['报告', '项目\t数量 （件）\t', '受理\t61\t']);
    expect(lines.slice(3)).toEqual(['这是一个很长的段落，'.repeat(20), '第二段。']);
  });
});
