package corpus.query.solr.shard;

import com.fasterxml.jackson.databind.ObjectMapper;
import corpus.index.IndexFacts;
import corpus.query.DocumentsQuery;
import corpus.query.lucene.ShardAnswers;
import corpus.query.solr.CollectionFields;
import corpus.query.solr.Wire;
import org.apache.lucene.index.DirectoryReader;
import org.apache.solr.common.SolrException;
import org.apache.solr.handler.RequestHandlerBase;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.security.AuthorizationContext;

/**
 * Our request handler on every core of a corpus collection: it runs the local backend's counting
 * code on this shard's index ({@link ShardAnswers}) and answers with the shard's part, which the
 * machine that asked adds to the other shards' parts. It reads the core's last opened searcher,
 * never its uncommitted updates.
 */
public final class ShardRequestHandler extends RequestHandlerBase {

  @Override
  public void handleRequestBody(SolrQueryRequest req, SolrQueryResponse rsp) throws Exception {
    Wire.Op op;
    try {
      op = Wire.Op.valueOf(req.getParams().required().get(Wire.OP));
    } catch (IllegalArgumentException e) {
      throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "unknown operation", e);
    }
    String args = req.getParams().get(Wire.ARGS, "{}");
    DirectoryReader reader = req.getSearcher().getRawReader();
    ShardAnswers answers = new ShardAnswers(reader, CollectionFields.ROOT);
    ObjectMapper json = Wire.JSON;
    Object answer =
        switch (op) {
          case COUNT -> answers.count();
          case MISSING -> {
            Wire.Subset subset = json.readValue(args, Wire.Subset.class);
            yield answers.missing(subset.sources(), subset.languages());
          }
          case STATS -> {
            Wire.Subset subset = json.readValue(args, Wire.Subset.class);
            yield answers.stats(subset.sources(), subset.languages());
          }
          case WORDS -> {
            Wire.Subset subset = json.readValue(args, Wire.Subset.class);
            yield answers.words(subset.sources(), subset.languages());
          }
          case DOCS -> answers.documents(json.readValue(args, DocumentsQuery.class));
          case FILES ->
              IndexedArticles.of(reader, json.readValue(args, Wire.OriginArgs.class).origin());
          case FACTS ->
              new Wire.Facts(IndexFacts.undated(reader), IndexFacts.fallbackEncodings(reader));
        };
    rsp.add(Wire.ANSWER, json.writeValueAsString(answer));
  }

  @Override
  public String getDescription() {
    return "corpus: this shard's part of an answer";
  }

  @Override
  public Name getPermissionName(AuthorizationContext request) {
    return Name.READ_PERM;
  }
}
