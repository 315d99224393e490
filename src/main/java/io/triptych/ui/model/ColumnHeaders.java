package io.triptych.ui.model;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Where a feature built outside the shell (the runs) puts its controls in each environment's column header.
 * The shell's window implements it, so the feature needs no class of the shell.
 */
public interface ColumnHeaders {
    /** Adds a control to the title line of that environment's column header, and a line below the header. */
    void addHeaderControls(String environmentId, Node titleControl, Node line);

    /** The scene the columns stand in (null until shown): dialogs take its window as their owner. */
    ReadOnlyObjectProperty<Scene> sceneProperty();
}
