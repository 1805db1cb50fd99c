package io.github.camellambdacloud.client;


/**
 * The image to launch from: either an image id or an image family, never both.
 *
 * @param id an image id that exists in the launch region; null when {@code family} is set
 * @param family an image family such as {@code lambda-stack-24-04}; null when {@code id} is set
 */
public record ImageSelector(String id, String family) {

    public ImageSelector {
        if ((id == null) == (family == null)) {
            throw new IllegalArgumentException("Invalid image: set exactly one of id and family, but got id=" + id
                    + " and family=" + family + ". Use ImageSelector.byId(...) or ImageSelector.byFamily(...).");
        }
        if (id != null) {
            RequestValidation.requireSafePathSegment("image id", id);
        }
        if (family != null) {
            RequestValidation.requireNotBlank("image family", family);
        }
    }

    /** Selects an image by id. */
    public static ImageSelector byId(String id) {
        return new ImageSelector(id, null);
    }

    /** Selects the newest image of a family. */
    public static ImageSelector byFamily(String family) {
        return new ImageSelector(null, family);
    }
}
