/**
 * Files for the draw feature: the draw record and the attempt as JSON (DRAW-SPEC §7, read and
 * written with Jackson), the printed record (.pdf, .docx) and its QR code. Jackson is also used by
 * {@code draw.data} for the stored exclusion counts ({@code draw.exclusions_json}).
 */
@org.jspecify.annotations.NullMarked
package cn.suiji.draw.render;
