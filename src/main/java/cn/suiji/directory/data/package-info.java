/** jOOQ repositories of the directories. */
@NullMarked
package cn.suiji.directory.data;

import org.jspecify.annotations.NullMarked;
