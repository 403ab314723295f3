/**
 * Lines of a saved government web page that are the site's, not the report's: publication
 * details (发布时间/来源/浏览次数/字号/分享/打印/关闭), breadcrumbs (当前位置：首页 > …), footers
 * (版权所有, ICP备案, 公网安备, 网站标识码, 主办/承办单位) and navigation scraps. Applied to the lines of
 * the extracted article (and of the whole page when no article is found).
 */

/** Labels of the publication-details bar under a headline. */
const INFO_LABELS = /(发布时间|发布日期|发文日期|成文日期|更新时间|时间|日期|来源|信息来源|文章来源|稿件来源|作者|编辑|责任编辑|审核|浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|访问量|字号|字体)\s*[:：]/g;
const INFO_START = /^[【\[(（]?\s*(发布时间|发布日期|发文日期|更新时间|信息来源|文章来源|稿件来源|来源|作者|责任编辑|编辑|审核|浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|访问量|字号|字体)\s*[:：]/;
/** Page tools: 【打印】【关闭窗口】 分享到： 扫一扫 收藏 … */
const TOOL_WORDS = /(打印本页|打印|关闭窗口|关闭|分享到|分享|扫一扫|在手机上查看|收藏|返回顶部|大\s*中\s*小|【\s*[大中小]\s*】|加入收藏|设为首页)/g;
const FOOTER = /(版权所有|Copyright|©|ICP\s*备|ICP证|公网安备|网站标识码|主办单位|承办单位|协办单位|技术支持|联系我们|网站地图|网站声明|建议使用.{0,20}浏览器|分辨率|政府网站找错|适老化|无障碍)/i;
const BREADCRUMB = /^(当前位置|您现在的位置|您的位置|你的位置|所在位置|位置)\s*[:：]/;
const CRUMB_SEPARATORS = /\s*(>|›|»|＞|→|\/|-{1,2}>)\s*/g;
const NAV_PREVNEXT = /^(上一篇|下一篇|上一条|下一条|相关链接|相关文章|相关阅读|附件下载|相关附件)\s*[:：]?/;

/** How many characters a line of page furniture has at most (an article paragraph is longer). */
const MAX_FURNITURE = 160;

export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return true;
  if (t.length > MAX_FURNITURE) return false;
  if (BREADCRUMB.test(t) || NAV_PREVNEXT.test(t)) return true;
  if (FOOTER.test(t)) return true;
  if (INFO_START.test(t)) return true;
  const labels = t.match(INFO_LABELS)?.length ?? 0;
  if (labels >= 2) return true;
  const rest = t.replace(TOOL_WORDS, '').replace(/[【】\[\]()（）|｜:：\s·•\-—]/g, '');
  if (rest === '' && t.match(TOOL_WORDS)) return true;
  // 首页 > 政务公开 > 法治政府建设: short items between separators
  const crumbs = t.split(CRUMB_SEPARATORS).filter((s) => s && !CRUMB_SEPARATORS.test(s));
  if (crumbs.length >= 3 && crumbs.every((c) => c.length <= 12) && /首页|主页|网站首页/.test(t)) return true;
  // visit counters: 您是本站第12345位访客 / 访问人数：123
  if (/(第\s*\d+\s*位访(问)?者|访客|访问人数|总访问量|今日访问)/.test(t)) return true;
  return false;
}

const DATE = /(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})\s*日?/;

/** `发布时间：2024-01-22 10:30` (or 发布日期/发文日期/成文日期 …) in the page's lines → `2024-01-22`. */
export function publicationDateIn(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = /(发布时间|发布日期|发文日期|成文日期|时间|日期)\s*[:：]\s*(.{0,40})/.exec(line);
    if (!m) continue;
    const date = isoDate(m[2]!);
    if (date) return date;
  }
  return null;
}

/** The first date in `text` as YYYY-MM-DD, or null. */
export function isoDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
