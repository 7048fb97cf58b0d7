package dev.priceflow.forecast.training.application;

/** Progress of a training run: free-form steps and one call per epoch of each ensemble member. */
public interface TrainingListener {

    void step(String message);

    void epoch(int member, int members, int epoch, double trainLoss, double validationLoss, double windowsPerSecond);

    TrainingListener NONE = new TrainingListener() {
        @Override
        public void step(String message) {
        }

        @Override
        public void epoch(int member, int members, int epoch, double trainLoss, double validationLoss, double wps) {
        }
    };
}
