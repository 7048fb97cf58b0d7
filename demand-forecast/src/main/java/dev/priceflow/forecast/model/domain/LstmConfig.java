package dev.priceflow.forecast.model.domain;

/**
 * Hyper-parameters of the global LSTM.
 *
 * @param hidden       LSTM state size
 * @param groups       number of series groups (embedding rows)
 * @param embedding    embedding width per group
 * @param learningRate Adam learning rate
 * @param batchSize    mini-batch size
 * @param maxEpochs    epoch cap
 * @param patience     epochs without validation improvement before stopping early
 * @param seed         seeds weight initialisation and batch shuffling
 */
public record LstmConfig(int hidden, int groups, int embedding, float learningRate, int batchSize, int maxEpochs,
                         int patience, long seed) {

    public LstmConfig {
        if (hidden < 1 || groups < 1 || embedding < 1 || batchSize < 1 || maxEpochs < 1 || patience < 1) {
            throw new IllegalArgumentException("LSTM sizes, batch, epochs and patience must be positive");
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be positive");
        }
    }

    public static LstmConfig defaults(int groups, long seed) {
        return new LstmConfig(32, groups, 8, 0.005f, 128, 40, 5, seed);
    }

    public LstmConfig withSeed(long newSeed) {
        return new LstmConfig(hidden, groups, embedding, learningRate, batchSize, maxEpochs, patience, newSeed);
    }

    public LstmConfig withEpochs(int epochs) {
        return new LstmConfig(hidden, groups, embedding, learningRate, batchSize, epochs, patience, seed);
    }
}
