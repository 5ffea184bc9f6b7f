package org.oubli.demo.connector;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The connector of a system that takes Oubli's instructions from Kafka: provides
 * {@link ErasureRequests} for the system's {@code @KafkaListener}, and
 * {@code POST /dsar/v1/records} over HTTP for exports. Import it from the application
 * class, beside a {@link ConnectedSystem} bean, one {@link SubjectDirectory} and the
 * system's {@link DataCategory} beans, and list {@code dsar-receipts} in
 * {@code oubli.outbox.collections}.
 */
@Configuration(proxyBeanMethods = false)
@Import({ ReceiptLedger.class, ErasureService.class, ErasureRequests.class, RecordsController.class })
public class KafkaConnector {

}
