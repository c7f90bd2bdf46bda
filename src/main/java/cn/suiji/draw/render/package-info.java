/** Files for the draw feature: the draw record as JSON (DRAW-SPEC §7). Jackson lives here. */
@org.jspecify.annotations.NullMarked
package cn.suiji.draw.render;
