/** The working-rules screen: department chooser, the parameters validated as the clerk types, the rules text, save and print. */
@NullMarked
package cn.suiji.rules.ui;

import org.jspecify.annotations.NullMarked;
