// aws-sdk-client-mock-jest matchers (toHaveReceivedCommandWith, ...) for every test file.
import 'aws-sdk-client-mock-jest';
