/** The embedded H2 database: where it lives, opening it, migrating it, its jOOQ context. */
@NullMarked
package cn.suiji.shared.db;

import org.jspecify.annotations.NullMarked;
