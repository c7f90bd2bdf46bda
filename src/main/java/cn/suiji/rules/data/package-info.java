/** jOOQ access to the working_rules table, returning domain records. */
@NullMarked
package cn.suiji.rules.data;

import org.jspecify.annotations.NullMarked;
