package io.triptych.ui.shell;

import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.theme.ThemeName;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** File, View and Help menus. Labels follow the language; language names are written in their own. */
final class MainMenu extends MenuBar {

    /** What the menu asks the window to do. */
    interface Actions {
        void newSite();

        void exportSnapshot();

        void quit();

        void expandAll(boolean expanded);

        void showShortcuts();

        void showAbout();

        void showDrift();

        void showHistory();

        void saveReport();

        void showHandover();
    }

    MainMenu(I18n i18n, TextMask textMask, ObjectProperty<ThemeName> theme, Actions actions) {
        setId("main-menu");
        Menu file = menu(i18n, "menu.file",
                item(i18n, "menu.file.newSite", "Shortcut+N", actions::newSite),
                new SeparatorMenuItem(),
                item(i18n, "menu.file.export", "Shortcut+E", actions::exportSnapshot),
                item(i18n, "menu.triage.report", "Shortcut+Shift+R", actions::saveReport),
                new SeparatorMenuItem(),
                item(i18n, "menu.file.quit", "Shortcut+Q", actions::quit));
        Menu language = menu(i18n, "menu.view.language");
        language.setId("menu-language");
        ToggleGroup langs = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem r = new RadioMenuItem(nativeName(l));
            r.setId("lang-" + l.code());
            r.setToggleGroup(langs);
            r.setSelected(i18n.language() == l);
            r.setOnAction(e -> i18n.languageProperty().set(l));
            language.getItems().add(r);
        }
        i18n.languageProperty().addListener((o, was, now) -> langs.getToggles().forEach(
                t -> t.setSelected(((RadioMenuItem) t).getId().equals("lang-" + now.code()))));
        Menu themes = menu(i18n, "menu.view.theme");
        ToggleGroup group = new ToggleGroup();
        for (ThemeName t : ThemeName.values()) {
            RadioMenuItem r = new RadioMenuItem();
            r.textProperty().bind(i18n.text("theme." + t.code()));
            r.setId("theme-" + t.code());
            r.setToggleGroup(group);
            r.setSelected(theme.get() == t);
            r.setOnAction(e -> theme.set(t));
            themes.getItems().add(r);
        }
        Menu view = menu(i18n, "menu.view", language, themes, new SeparatorMenuItem(),
                item(i18n, "menu.view.expandAll", null, () -> actions.expandAll(true)),
                item(i18n, "menu.view.collapseAll", null, () -> actions.expandAll(false)));
        javafx.scene.control.CheckMenuItem mask = new javafx.scene.control.CheckMenuItem();
        mask.textProperty().bind(i18n.text("menu.triage.mask"));
        mask.setId("menu-triage-mask");
        mask.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+M"));
        mask.selectedProperty().bindBidirectional(textMask.enabledProperty());
        view.getItems().addAll(new SeparatorMenuItem(), mask);
        Menu triage = menu(i18n, "menu.triage",
                item(i18n, "menu.triage.drift", "Shortcut+Shift+D", actions::showDrift),
                item(i18n, "menu.triage.history", "Shortcut+Shift+H", actions::showHistory),
                new SeparatorMenuItem(),
                item(i18n, "menu.triage.handover", null, actions::showHandover));
        Menu help = menu(i18n, "menu.help",
                item(i18n, "menu.help.shortcuts", "F1", actions::showShortcuts),
                item(i18n, "menu.help.about", null, actions::showAbout));
        getMenus().addAll(file, view, triage, help);
    }

    /** View ▸ Compact rows and Only what needs a look: the same switches as the toolbar's. */
    void addViewSwitches(I18n i18n, javafx.beans.property.BooleanProperty compact,
                         javafx.beans.property.BooleanProperty onlyProblems) {
        javafx.scene.control.CheckMenuItem dense = check(i18n, "menu.view.compact", compact);
        javafx.scene.control.CheckMenuItem only = check(i18n, "menu.view.onlyProblems", onlyProblems);
        getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst()
                .ifPresent(m -> m.getItems().addAll(2, java.util.List.of(dense, only)));
    }

    /** View ▸ Present (F11) and Present with cycle…, at the end of the View menu. */
    void addPresent(I18n i18n, Runnable present, Runnable presentWithCycle) {
        getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst()
                .ifPresent(m -> m.getItems().addAll(new SeparatorMenuItem(),
                        item(i18n, "menu.view.present", "F11", present),
                        item(i18n, "menu.view.presentCycle", null, presentWithCycle)));
    }

    private static javafx.scene.control.CheckMenuItem check(I18n i18n, String key,
                                                              javafx.beans.property.BooleanProperty value) {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem();
        item.textProperty().bind(i18n.text(key));
        item.setId(key.replace('.', '-'));
        item.selectedProperty().bindBidirectional(value);
        return item;
    }

    private static String nativeName(Language l) {
        return switch (l) {
            case EN -> "English";
            case FR -> "Français";
            case ZH -> "简体中文";
        };
    }

    private static Menu menu(I18n i18n, String key, MenuItem... items) {
        Menu m = new Menu();
        m.textProperty().bind(i18n.text(key));
        m.setId(key.replace('.', '-'));
        m.getItems().addAll(items);
        return m;
    }

    private static MenuItem item(I18n i18n, String key, String accelerator, Runnable action) {
        MenuItem i = new MenuItem();
        i.textProperty().bind(i18n.text(key));
        i.setId(key.replace('.', '-'));
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.valueOf(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }
}
