/** Inspections: their lifecycle and what the draw hands over. Pure records and rules. */
@NullMarked
package cn.suiji.inspection.domain;

import org.jspecify.annotations.NullMarked;
