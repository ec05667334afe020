import { describe, expect, it } from 'vitest';
import { attachmentKind } from '../../lib/attachment';
import { attachmentUrl, reportAttachments } from '../../lib/attachment-link';

describe('reportAttachments', () => {
  it('a .pdf or .docx whose link text or file name reads as an annual report', () => {
    const links = [
      { href: 'https://www.x.gov.cn/files/2025/a1.pdf', text: '附件：XX镇2024年政府信息公开工作年度报告.pdf' },
      { href: 'https://www.x.gov.cn/files/%E5%B9%B4%E6%8A%A5.docx?v=2', text: '下载' },
      { href: 'https://www.x.gov.cn/files/a1.pdf', text: '同一个文件' },
      { href: 'https://www.x.gov.cn/files/notice.pdf', text: '关于开展政务公开培训的通知' },
      { href: 'https://www.x.gov.cn/2025/年度报告.html', text: '2024年度报告' },
      { href: 'javascript:void(0)', text: '年度报告.pdf' },
    ];
    expect(reportAttachments(links)).toEqual([
      { url: 'https://www.x.gov.cn/files/2025/a1.pdf', name: '附件：XX镇2024年政府信息公开工作年度报告.pdf' },
      { url: 'https://www.x.gov.cn/files/%E5%B9%B4%E6%8A%A5.docx?v=2', name: '年报.docx' },
    ]);
  });
  it('at most five, and a near-miss: an annual report as a web page is not an attachment', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ href: `http://a.gov.cn/${i}.pdf`, text: `${2016 + i}年年度报告` }));
    expect(reportAttachments(many)).toHaveLength(5);
    expect(attachmentUrl('http://a.gov.cn/2024年度报告.htm')).toBeUndefined();
    expect(attachmentUrl('http://a.gov.cn/r.PDF#page=2')?.href).toBe('http://a.gov.cn/r.PDF#page=2');
  });
});

describe('attachmentKind', () => {
  const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
  it('by the first bytes before the name', () => {
    expect(attachmentKind(bytes('%PDF-1.7'), 'a.docx')).toBe('pdf');
    expect(attachmentKind(bytes('PK\x03\x04....'), 'a.doc')).toBe('docx');
    expect(attachmentKind(bytes('\xd0\xcf\x11\xe0\xa1\xb1'), 'a.docx')).toBe('legacy-word');
    expect(attachmentKind(bytes('\xef\xbb\xbf<html xmlns:w="urn:schemas-microsoft-com:office:word">'), 'a.doc')).toBe('html');
    expect(attachmentKind(bytes('<!DOCTYPE html><p>'), 'a.pdf')).toBe('html');
    expect(attachmentKind(bytes('plain'), 'a.wps')).toBe('legacy-word');
    expect(attachmentKind(bytes('| a | b |'), 'a.md')).toBe('text');
  });
});
