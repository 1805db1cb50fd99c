package io.github.camellambdacloud.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps method and path (relative to {@code /api/v1}) to a {@link SimulatorState} operation. */
final class ApiRoutes {

    private static final Pattern INSTANCE = Pattern.compile("/instances/([^/]+)");
    private static final Pattern SSH_KEY = Pattern.compile("/ssh-keys/([^/]+)");
    private static final Pattern FILE_SYSTEM = Pattern.compile("/filesystems/([^/]+)");
    private static final Pattern RULESET = Pattern.compile("/firewall-rulesets/([^/]+)");

    private final SimulatorState state;
    private final ObjectMapper mapper;

    ApiRoutes(SimulatorState state, ObjectMapper mapper) {
        this.state = state;
        this.mapper = mapper;
    }

    /** Runs the operation and returns the value for {@code data}, or a whole audit page. */
    Object dispatch(String method, String path, Map<String, String> query, byte[] body) {
        String route = method + " " + path;
        switch (route) {
            case "GET /instances":
                return state.listInstances(query.get("cluster_id"));
            case "GET /instance-types":
                return state.instanceTypes();
            case "POST /instance-operations/launch":
                return state.launch(read(body, Payloads.LaunchRequest.class));
            case "POST /instance-operations/restart":
                return state.restart(read(body, Payloads.InstanceIdsRequest.class));
            case "POST /instance-operations/terminate":
                return state.terminate(read(body, Payloads.InstanceIdsRequest.class));
            case "GET /ssh-keys":
                return state.sshKeys();
            case "POST /ssh-keys":
                return state.addSshKey(read(body, Payloads.AddSshKeyRequest.class));
            case "GET /file-systems":
                return state.fileSystems();
            case "POST /filesystems":
                return state.createFileSystem(read(body, Payloads.CreateFileSystemRequest.class));
            case "GET /images":
                return state.images();
            case "GET /regions":
                return state.regions();
            case "GET /firewall-rules":
                return state.globalRules();
            case "PUT /firewall-rules":
                Payloads.FirewallRulesPut put = read(body, Payloads.FirewallRulesPut.class);
                return state.replaceGlobalRules(Validation.required("body", put).data());
            case "GET /firewall-rulesets":
                return state.rulesets();
            case "POST /firewall-rulesets":
                return state.createRuleset(read(body, Payloads.CreateRulesetRequest.class));
            case "GET /firewall-rulesets/global":
                return state.globalRuleset();
            case "PATCH /firewall-rulesets/global":
                return state.patchGlobalRuleset(read(body, Payloads.PatchRulesetRequest.class));
            case "GET /audit-events":
                return state.auditEvents(query.get("start"), query.get("end"), query.get("page_token"),
                        query.get("resource_type"));
            default:
                return dispatchById(method, path, body);
        }
    }

    private Object dispatchById(String method, String path, byte[] body) {
        Matcher instance = INSTANCE.matcher(path);
        if (instance.matches() && method.equals("GET")) {
            return state.getInstance(instance.group(1));
        }
        if (instance.matches() && method.equals("POST")) {
            return state.rename(instance.group(1), read(body, Payloads.RenameRequest.class));
        }

        Matcher sshKey = SSH_KEY.matcher(path);
        if (sshKey.matches() && method.equals("DELETE")) {
            state.deleteSshKey(sshKey.group(1));
            return Map.of();
        }

        Matcher fileSystem = FILE_SYSTEM.matcher(path);
        if (fileSystem.matches() && method.equals("DELETE")) {
            return state.deleteFileSystem(fileSystem.group(1));
        }

        Matcher ruleset = RULESET.matcher(path);
        if (ruleset.matches() && method.equals("GET")) {
            return state.getRuleset(ruleset.group(1));
        }
        if (ruleset.matches() && method.equals("PATCH")) {
            return state.patchRuleset(ruleset.group(1), read(body, Payloads.PatchRulesetRequest.class));
        }
        if (ruleset.matches() && method.equals("DELETE")) {
            state.deleteRuleset(ruleset.group(1));
            return Map.of();
        }

        // NOTE: a known path with an unsupported method also gets 404 here, because the real API's response is
        // not documented.
        throw new ApiError(404, "global/not-found", "The requested resource was not found.",
                "No operation " + method + " " + ApiHandler.BASE_PATH + path + " exists.");
    }

    private <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw ApiError.invalidParameters("body: Field required");
        }
        try {
            return mapper.readValue(body, type);
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty()
                    ? "body"
                    : e.getPath().stream()
                            .map(reference -> reference.getFieldName() != null
                                    ? reference.getFieldName()
                                    : String.valueOf(reference.getIndex()))
                            .reduce((left, right) -> left + "." + right)
                            .orElse("body");
            throw ApiError.invalidParameters(field + ": Input has the wrong type");
        } catch (JsonProcessingException e) {
            throw ApiError.invalidParameters("body: Invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.invalidParameters("body: Unreadable request body");
        }
    }
}
