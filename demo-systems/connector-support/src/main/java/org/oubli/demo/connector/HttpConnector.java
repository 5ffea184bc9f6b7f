package org.oubli.demo.connector;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The connector of a system Oubli calls over HTTP: {@code POST /dsar/v1/erasures} and
 * {@code POST /dsar/v1/records}. Import it from the application class, beside a
 * {@link ConnectedSystem} bean, one {@link SubjectDirectory} and the system's
 * {@link DataCategory} beans.
 */
@Configuration(proxyBeanMethods = false)
@Import({ ReceiptLedger.class, ErasureService.class, ErasureController.class, RecordsController.class })
public class HttpConnector {

}
