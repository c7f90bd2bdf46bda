/** jOOQ repositories of the inspection feature: the only writer of INSPECTION and INSPECTION_INSPECTOR. */
@NullMarked
package cn.suiji.inspection.data;

import org.jspecify.annotations.NullMarked;
