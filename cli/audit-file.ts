// One file → its audit: saved web pages through a DOM, text reports through the text reader.
import { parseHTML } from 'linkedom';
import { auditDocument, auditText } from '../lib';
import type { EngineOptions } from '../lib/audit';
import type { Audit } from '../lib/report';
import { readReport, type ReadFailure } from './read-file';

export type FileAudit = Audit & { file: string };
export type FileOutcome = { ok: true; result: FileAudit } | (ReadFailure & { file: string });

const looksLikeHtml = (path: string, text: string): boolean => /\.x?s?html?$/i.test(path) || /^\s*(?:<!doctype html|<html|<head|<body|<table|<div|<p[\s>])/i.test(text);

// What the engine never reads, dropped before parsing: on Word and CMS pages it is half the nodes.
const UNREAD = /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi;

/** A page as the engine reads it, without what it never reads. */
export const parseReportPage = (html: string): Document => parseHTML(html.replace(UNREAD, '')).document as unknown as Document;

export function auditFile(file: string, text: string, options: EngineOptions = {}): FileAudit {
  if (!looksLikeHtml(file, text)) return { file, ...auditText(text, options) };
  return { file, ...auditDocument(parseReportPage(text), options).audit };
}

export async function auditPath(file: string, options: EngineOptions = {}): Promise<FileOutcome> {
  const read = await readReport(file);
  return read.ok ? { ok: true, result: auditFile(file, read.text, options) } : { ...read, file };
}
