/** Writes the demo county into the database with jOOQ, inside the caller's transaction. */
@NullMarked
package cn.suiji.demo.data;

import org.jspecify.annotations.NullMarked;
