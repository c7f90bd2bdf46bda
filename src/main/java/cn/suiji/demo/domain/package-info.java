/**
 * The demo county, kept pure: a seeded generator that invents a county with its departments,
 * item lists, target and inspector directories, recusals, working rules and annual plans, as
 * plain records. The same seed always gives the same county. Names are invented from word lists;
 * every identifier carries a correct check character.
 */
@NullMarked
package cn.suiji.demo.domain;

import org.jspecify.annotations.NullMarked;
