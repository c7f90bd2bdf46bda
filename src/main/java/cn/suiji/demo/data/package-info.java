/** Whether the database holds a county, and wiping it for {@code demo --force}, inside the caller's transaction. */
@NullMarked
package cn.suiji.demo.data;

import org.jspecify.annotations.NullMarked;
