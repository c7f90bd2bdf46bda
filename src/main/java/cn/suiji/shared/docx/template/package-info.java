/**
 * .docx templates with named placeholders, for documents the county words itself: loading
 * (placeholders that Word split across runs are joined first), checking against a
 * {@link cn.suiji.shared.docx.template.Vocabulary}, filling, and writing many filled documents
 * into one .docx as a stream. The syntax is in docs/decisions/0019-notice-templates.md.
 */
@NullMarked
package cn.suiji.shared.docx.template;

import org.jspecify.annotations.NullMarked;
