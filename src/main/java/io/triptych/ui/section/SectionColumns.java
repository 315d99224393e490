package io.triptych.ui.section;

import io.triptych.domain.Item;
import io.triptych.domain.Pipeline;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.Volume;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import java.util.List;
import javafx.scene.control.TableColumn;

/** Which columns each section's table has; text cells go through the dashboard's privacy mask. */
public final class SectionColumns {
    private SectionColumns() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T extends Item> List<TableColumn<T, ?>> of(SectionKind kind, I18n i18n, TextMask mask) {
        List cols = switch (kind) {
            case SERVERS -> servers(i18n, mask);
            case VOLUMES -> volumes(i18n, mask);
            case SECURITY_GROUPS -> groups(i18n, mask);
            case SERVICES -> services(i18n, mask);
            case PIPELINES -> pipelines(i18n, mask);
        };
        return (List<TableColumn<T, ?>>) cols;
    }

    private static List<TableColumn<Server, ?>> servers(I18n i18n, TextMask mask) {
        return List.of(
                Columns.<Server>text(i18n, mask, "col.name", Server::name),
                Columns.<Server>status(i18n, "col.status", Server::status, Server::tone, true, Server::taskState),
                Columns.<Server>text(i18n, mask, "col.flavor", Server::flavor),
                Columns.<Server>text(i18n, mask, "col.address",
                        s -> s.addresses().isEmpty() ? "" : s.addresses().get(0)));
    }

    private static List<TableColumn<Volume, ?>> volumes(I18n i18n, TextMask mask) {
        return List.of(
                Columns.<Volume>text(i18n, mask, "col.name", Volume::name),
                Columns.<Volume>status(i18n, "col.status", Volume::status, Volume::tone, true),
                Columns.<Volume>number(i18n, "col.sizeGb", Volume::sizeGb),
                Columns.<Volume>text(i18n, mask, "col.attachedTo", v -> String.join(", ", v.attachedTo())));
    }

    private static List<TableColumn<SecurityGroup, ?>> groups(I18n i18n, TextMask mask) {
        return List.of(
                Columns.<SecurityGroup>text(i18n, mask, "col.name", SecurityGroup::name),
                Columns.<SecurityGroup>number(i18n, "col.rules", g -> g.rules().size()),
                Columns.<SecurityGroup>text(i18n, mask, "col.description", SecurityGroup::description));
    }

    private static List<TableColumn<Service, ?>> services(I18n i18n, TextMask mask) {
        return List.of(
                Columns.<Service>text(i18n, mask, "col.name", Service::name),
                Columns.<Service>status(i18n, "col.replicas", Service::status, Service::tone, false),
                kind(i18n),
                Columns.<Service>text(i18n, mask, "col.tag", Service::tag));
    }

    /** The kind as a badge; sorts by the translated word. */
    private static TableColumn<Service, Service> kind(I18n i18n) {
        TableColumn<Service, Service> c = new TableColumn<>();
        c.textProperty().bind(i18n.text("col.kind"));
        c.setId("col.kind");
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new KindCell(i18n));
        c.setComparator(java.util.Comparator.comparing(s -> i18n.get("kind." + s.kind().jsonName())));
        return c;
    }

    private static List<TableColumn<Pipeline, ?>> pipelines(I18n i18n, TextMask mask) {
        return List.of(
                Columns.<Pipeline>text(i18n, mask, "col.project", Pipeline::project),
                Columns.<Pipeline>status(i18n, "col.status", Pipeline::status, Pipeline::tone, true),
                Columns.<Pipeline>text(i18n, mask, "col.ref", Pipeline::ref),
                Columns.<Pipeline>number(i18n, "col.id", Pipeline::id));
    }
}
