package cn.suiji.app;

import java.util.function.Supplier;
import javafx.scene.Parent;

/** An entry of the navigation: its title key and how to build its screen when chosen. */
record Page(String id, String titleKey, Supplier<Parent> screen) {}
