package io.github.camellambdacloud.component;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extra Camel contexts that act as the nodes of one cluster, as separate machines would. The nodes elect a leader
 * through file-lock cluster services on a shared folder, and all of them keep their snapshot in one shared state file.
 */
abstract class ClusterNodeTestSupport extends InstanceConsumerTestSupport {

    @TempDir
    Path clusterDirectory;

    private final List<CamelContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() throws Exception {
        for (CamelContext node : nodes) {
            node.stop();
        }
    }

    /**
     * Starts a node with the given routes and registers it to be stopped after the test. Its cluster service has the
     * id {@code nodeId}, and its registry binds the fixed clock as {@code clock} and the shared state file as
     * {@code state}.
     */
    CamelContext startNode(String nodeId, RoutesBuilder routes) throws Exception {
        CamelContext node = new DefaultCamelContext();
        nodes.add(node);

        FileLockClusterService clusterService = new FileLockClusterService();
        clusterService.setId(nodeId);
        clusterService.setRoot(clusterDirectory.resolve("locks").toString());
        clusterService.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        clusterService.setAcquireLockInterval(50, TimeUnit.MILLISECONDS);
        node.addService(clusterService);

        node.getRegistry().bind("clock", Clock.fixed(NOW, ZoneOffset.UTC));
        node.getRegistry().bind("state",
                FileStateRepository.fileStateRepository(clusterDirectory.resolve("state.dat").toFile()));
        node.addRoutes(routes);
        node.start();
        return node;
    }
}
