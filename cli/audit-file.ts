// One file → its audit: saved web pages through a DOM, text reports through the text reader.
import { parseHTML } from 'linkedom';
import { auditDocument, auditText } from '../lib';
import type { Audit } from '../lib/report';

export type FileAudit = Audit & { file: string };

const looksLikeHtml = (path: string, text: string): boolean => /\.x?s?html?$/i.test(path) || /^\s*(?:<!doctype html|<html|<head|<body|<table|<div|<p[\s>])/i.test(text);

export function auditFile(file: string, text: string): FileAudit {
  if (!looksLikeHtml(file, text)) return { file, ...auditText(text) };
  const { document } = parseHTML(text);
  return { file, ...auditDocument(document as unknown as Document).audit };
}
